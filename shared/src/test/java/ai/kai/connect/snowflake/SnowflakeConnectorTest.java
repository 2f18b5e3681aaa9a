package ai.kai.connect.snowflake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.connect.ConnectionManager;
import ai.kai.connect.ConnectionRequest;
import ai.kai.connect.ManagerFixture;
import ai.kai.connect.QueryLimits;
import ai.kai.connect.TableRef;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;

/**
 * The Snowflake connector with the real snowflake-jdbc driver (over plain HTTP, {@code ssl=off}) against a local
 * server speaking Snowflake's login and query endpoints: password and key-pair auth, schema listing, a query,
 * chunked results, timeout by abort, and error mapping.
 */
class SnowflakeConnectorTest {
    static final String PASSWORD = "Sn0w-flake-pw!";
    @TempDir
    static Path dir;
    static FakeSnowflakeServer snowflake;
    static ConnectionManager manager;
    static KeyPair keys;

    @BeforeAll
    static void start() throws Exception {
        snowflake = new FakeSnowflakeServer();
        snowflake.addPasswordUser("ANALYST", PASSWORD);
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        keys = g.generateKeyPair();
        snowflake.addKeyPairUser("SVC_KAI", keys.getPublic());
        manager = ManagerFixture.manager(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        manager.close();
        snowflake.close();
    }

    private static String uri(String userInfo) {
        return "snowflake://" + userInfo + "@" + FakeSnowflakeServer.ACCOUNT + "/SALES/PUBLIC?warehouse=ANALYTICS_WH&role=READER"
                + "&host=127.0.0.1&port=" + snowflake.port() + "&ssl=off";
    }

    private static TenantId withPasswordConnection() {
        TenantId t = ManagerFixture.freshTenant();
        manager.create(t, ConnectionRequest.ofUri("sf", uri("ANALYST:" + PASSWORD)));
        return t;
    }

    @Test
    void shouldLogInWithAPasswordAndQuery() {
        TenantId t = withPasswordConnection();
        QueryResult r = manager.query(t, "sf", "SELECT region, count(*) AS n, sum(amount) AS total FROM orders GROUP BY region ORDER BY region",
                ManagerFixture.limits(10));
        assertThat(r.columns()).containsExactly("REGION", "N", "TOTAL");
        assertThat(r.rows().get(0)).containsExactly("East", 625L, new BigDecimal("1171875.00"));
        assertThat(manager.get(t, "sf").uri()).startsWith("snowflake://ANALYST:****@KAITEST/SALES/PUBLIC?warehouse=ANALYTICS_WH");
        assertThat(manager.test(t, "sf").ok()).isTrue();
    }

    @Test
    void shouldReadChunkedResultsAndStream() {
        TenantId t = withPasswordConnection();
        QueryResult all = manager.query(t, "sf", "SELECT * FROM orders ORDER BY id", ManagerFixture.limits(5000));
        assertThat(all.rowCount()).isEqualTo(2500);
        assertThat(all.rows().get(2499).get(0)).isEqualTo(2499L);
        assertThat(snowflake.calls).anyMatch(c -> c.startsWith("GET /chunks/"));
        List<Integer> sizes = new ArrayList<>();
        long rows = manager.stream(t, "sf", "SELECT * FROM orders", QueryLimits.of(Long.MAX_VALUE, Duration.ofSeconds(20)), 1000,
                b -> sizes.add(b.rows().size())).rowCount();
        assertThat(rows).isEqualTo(2500);
        assertThat(sizes).containsExactly(1000, 1000, 500);
    }

    @Test
    void shouldListTablesAndColumns() {
        TenantId t = withPasswordConnection();
        assertThat(manager.tables(t, "sf", Optional.empty())).containsExactly(
                new TableRef("PUBLIC", "BY_REGION", "VIEW"), new TableRef("PUBLIC", "ORDERS", "TABLE"));
        assertThat(manager.columns(t, "sf", "PUBLIC.ORDERS")).extracting(c -> c.name()).containsExactly("ID", "REGION", "AMOUNT", "PLACED");
    }

    @Test
    void shouldAuthenticateWithAKeyPair() {
        TenantId t = ManagerFixture.freshTenant();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        manager.create(t, ConnectionRequest.ofUri("sf", uri("SVC_KAI")).withCredentials(pem));
        assertThat(manager.query(t, "sf", "SELECT count(*) FROM orders", ManagerFixture.limits(1)).rows().get(0)).containsExactly(2500L);
        assertThat(manager.get(t, "sf").credentialFields()).containsExactly("private_key");
        assertThat(manager.get(t, "sf").toString()).doesNotContain("PRIVATE KEY");
    }

    @Test
    void shouldMapWrongPasswordsRefusalsErrorsAndTimeouts() throws Exception {
        TenantId bad = ManagerFixture.freshTenant();
        manager.create(bad, ConnectionRequest.ofUri("sf", uri("ANALYST:not-it-123")));
        KaiException e = assertCode(() -> manager.test(bad, "sf"), ErrorCode.AUTHENTICATION_FAILED);
        assertThat(e.getMessage()).doesNotContain("not-it-123");
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        TenantId forged = ManagerFixture.freshTenant();
        manager.create(forged, ConnectionRequest.ofUri("sf", uri("SVC_KAI")).withCredentials("-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----"));
        assertCode(() -> manager.test(forged, "sf"), ErrorCode.AUTHENTICATION_FAILED);

        TenantId t = withPasswordConnection();
        assertCode(() -> manager.query(t, "sf", "COPY INTO @stage FROM orders", ManagerFixture.limits(1)), ErrorCode.SQL_NOT_READ_ONLY);
        assertCode(() -> manager.query(t, "sf", "PUT file:///etc/passwd @~", ManagerFixture.limits(1)), ErrorCode.SQL_NOT_READ_ONLY);
        assertCode(() -> manager.query(t, "sf", "SELECT SYSTEM$WAIT(600)", ManagerFixture.limits(1)), ErrorCode.SQL_FORBIDDEN_FUNCTION);
        assertCode(() -> manager.query(t, "sf", "SELECT * FROM orders WHERE", ManagerFixture.limits(1)), ErrorCode.SQL_SYNTAX_ERROR);
        assertCode(() -> manager.query(t, "sf", "SELECT * FROM nope", ManagerFixture.limits(1)), ErrorCode.SQL_INVALID);
        long started = System.nanoTime();
        assertCode(() -> manager.query(t, "sf", "SELECT /* slow */ 1", QueryLimits.of(1, Duration.ofSeconds(1))), ErrorCode.QUERY_TIMEOUT);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(8_000);
    }

    static KaiException assertCode(Runnable call, ErrorCode code) {
        try {
            call.run();
        } catch (KaiException e) {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.isClientError()).isTrue();
            assertThat(e.getMessage()).doesNotContain(PASSWORD);
            return e;
        }
        throw new AssertionError("expected " + code);
    }
}
