package ai.kai.connect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectionDraft;
import ai.kai.connect.ConnectionManager;
import ai.kai.connect.ConnectionRequest;
import ai.kai.connect.ConnectionTestResult;
import ai.kai.connect.ConnectionUri;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.DynamoLocal;
import ai.kai.connect.ManagerFixture;
import ai.kai.connect.QueryLimits;
import ai.kai.connect.StreamSummary;
import ai.kai.connect.TableRef;
import ai.kai.connect.jdbc.HostSettings;
import ai.kai.connect.jdbc.JdbcConnector;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.DatabaseCache;
import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The PostgreSQL connector against a real PostgreSQL server (embedded binaries from Maven), as an analyst role. */
class PostgresConnectorTest {
    static final String PASSWORD = "s3cr3t-Pg-pass!";
    static EmbeddedPostgres pg;
    static String uri;

    @TempDir
    static Path dir;
    static ConnectionManager manager;

    @BeforeAll
    static void startServer() throws Exception {
        pg = EmbeddedPostgresServer.start(dir.resolve("pg-conf"));
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE analyst LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE ROLE lazy LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE TABLE public.orders (id int PRIMARY KEY, region text NOT NULL, amount numeric(10,2), placed date)");
            s.execute("INSERT INTO public.orders SELECT g, (ARRAY['North','South','East','West'])[1 + g % 4], g * 1.5, "
                    + "DATE '2025-01-01' + g % 365 FROM generate_series(1, 5000) g");
            s.execute("CREATE SCHEMA sales");
            s.execute("CREATE VIEW sales.by_region AS SELECT region, sum(amount) AS total FROM public.orders GROUP BY region");
            s.execute("GRANT USAGE ON SCHEMA sales TO analyst");
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public, sales TO analyst");
        }
        uri = "postgresql://analyst:" + PASSWORD + "@localhost:" + pg.getPort() + "/postgres";
        manager = ManagerFixture.manager(dir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        manager.close();
        pg.close();
    }

    private TenantId withConnection(String alias) {
        TenantId tenant = ManagerFixture.freshTenant();
        manager.create(tenant, ConnectionRequest.ofUri(alias, uri));
        return tenant;
    }

    @Test
    void shouldAnswerAQueryInTheSharedResultModel() {
        TenantId t = withConnection("pg");
        QueryResult r = manager.query(t, "pg", "SELECT region, count(*) AS n, sum(amount) AS total FROM orders "
                + "GROUP BY region ORDER BY region", ManagerFixture.limits(100));
        assertThat(r.columns()).containsExactly("region", "n", "total");
        assertThat(r.types()).containsExactly("text", "int8", "numeric");
        assertThat(r.rowCount()).isEqualTo(4);
        assertThat(r.rows().get(0)).containsExactly("East", 1250L, new java.math.BigDecimal("4687500.00"));
        assertThat(r.truncated()).isFalse();
        assertThat(r.executionTimeMs()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void shouldStopAtTheRowLimitAndSayTruncated() {
        TenantId t = withConnection("pg");
        QueryResult r = manager.query(t, "pg", "SELECT id FROM orders ORDER BY id", ManagerFixture.limits(10));
        assertThat(r.rowCount()).isEqualTo(10);
        assertThat(r.truncated()).isTrue();
    }

    @Test
    void shouldStreamEveryRowInBatches() {
        TenantId t = withConnection("pg");
        List<Integer> sizes = new ArrayList<>();
        StreamSummary s = manager.stream(t, "pg", "SELECT * FROM orders", QueryLimits.of(Long.MAX_VALUE, Duration.ofSeconds(30)),
                1000, batch -> {
                    sizes.add(batch.rows().size());
                    assertThat(batch.columns()).containsExactly("id", "region", "amount", "placed");
                    return true;
                });
        assertThat(s.rowCount()).isEqualTo(5000);
        assertThat(sizes).containsExactly(1000, 1000, 1000, 1000, 1000);
        assertThat(s.truncated()).isFalse();
    }

    @Test
    void shouldListSchemasTablesAndColumns() {
        TenantId t = withConnection("pg");
        assertThat(manager.schema(t, "pg").schemas()).extracting(e -> e.name()).containsExactly("public", "sales");
        assertThat(manager.tables(t, "pg", Optional.of("sales"))).containsExactly(new TableRef("sales", "by_region", "VIEW"));
        assertThat(manager.columns(t, "pg", "orders")).extracting(c -> c.name() + ":" + c.type() + ":" + c.nullable())
                .containsExactly("id:integer:false", "region:text:false", "amount:numeric:true", "placed:date:true");
        assertThatThrownBy(() -> manager.columns(t, "pg", "sales.nope"))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TABLE_NOT_FOUND));
    }

    @Test
    void shouldConnectLazilyAndClosePoolOnDelete() throws Exception {
        TenantId t = ManagerFixture.freshTenant();
        manager.create(t, ConnectionRequest.ofUri("lazy", uri.replace("analyst:", "lazy:")));
        assertThat(serverSessions()).isZero();
        ConnectionTestResult test = manager.test(t, "lazy");
        assertThat(test.ok()).isTrue();
        assertThat(test.serverVersion()).startsWith("PostgreSQL 18");
        assertThat(serverSessions()).isPositive();
        manager.delete(t, "lazy");
        assertThat(serverSessions()).isZero();
        assertThatThrownBy(() -> manager.query(t, "lazy", "SELECT 1", ManagerFixture.limits(1)))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONNECTION_NOT_FOUND));
    }

    @Test
    void shouldRefuseWritesWithAClear403() {
        TenantId t = withConnection("pg");
        for (String sql : List.of("DELETE FROM orders", "UPDATE orders SET amount = 0",
                "WITH gone AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM gone",
                "SELECT * INTO copy_of_orders FROM orders", "CREATE TABLE x (a int)", "SELECT * FROM orders FOR UPDATE")) {
            assertRefused(() -> manager.query(t, "pg", sql, ManagerFixture.limits(5)), ErrorCode.SQL_NOT_READ_ONLY);
        }
        assertThat(count()).isEqualTo(5000);
    }

    @Test
    void shouldRefusePgReadFileWithoutLeakingThePassword() {
        TenantId t = withConnection("pg");
        assertRefused(() -> manager.query(t, "pg", "SELECT pg_read_file('/etc/passwd')", ManagerFixture.limits(5)),
                ErrorCode.SQL_FORBIDDEN_FUNCTION);
        assertRefused(() -> manager.query(t, "pg", "SELECT pg_catalog.\"pg_read_file\"('postgresql.conf')",
                ManagerFixture.limits(5)), ErrorCode.SQL_FORBIDDEN_FUNCTION);
        assertRefused(() -> manager.query(t, "pg", "SELECT * FROM pg_ls_dir('.')", ManagerFixture.limits(5)),
                ErrorCode.SQL_FORBIDDEN_FUNCTION);
        assertRefused(() -> manager.query(t, "pg", "SELECT lo_import('/etc/passwd')", ManagerFixture.limits(5)),
                ErrorCode.SQL_FORBIDDEN_FUNCTION);
    }

    @Test
    void shouldRefuseCopyToProgram() {
        TenantId t = withConnection("pg");
        assertRefused(() -> manager.query(t, "pg", "COPY orders TO PROGRAM 'touch /tmp/kai-pwned'", ManagerFixture.limits(5)),
                ErrorCode.SQL_NOT_READ_ONLY);
        assertRefused(() -> manager.query(t, "pg", "SELECT 1; COPY (SELECT 1) TO PROGRAM 'id'", ManagerFixture.limits(5)),
                ErrorCode.SQL_MULTIPLE_STATEMENTS);
        assertThat(Path.of("/tmp/kai-pwned")).doesNotExist();
    }

    @Test
    void shouldRefusePgSleepBeyondTheTimeoutAndStopALongQuery() {
        TenantId t = withConnection("pg");
        long started = System.nanoTime();
        assertRefused(() -> manager.query(t, "pg", "SELECT pg_sleep(600)", ManagerFixture.limits(5)),
                ErrorCode.SQL_FORBIDDEN_FUNCTION);
        assertRefused(() -> manager.query(t, "pg", "SELECT pg_sleep(5 + id) FROM orders LIMIT 1",
                QueryLimits.of(5, Duration.ofSeconds(1))), ErrorCode.QUERY_TIMEOUT);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void shouldReportAWrongPasswordAsAuthenticationFailedWithoutThePassword() {
        TenantId t = ManagerFixture.freshTenant();
        String wrong = "Wr0ng-Passw0rd-xyz";
        manager.create(t, ConnectionRequest.ofUri("bad", uri.replace(PASSWORD, wrong)));
        KaiException e = assertRefused(() -> manager.test(t, "bad"), ErrorCode.AUTHENTICATION_FAILED);
        assertThat(e.httpStatus()).isBetween(400, 499);
        assertThat(e.getCause()).isNull();
        assertThat(manager.get(t, "bad").uri()).isEqualTo("postgresql://analyst:****@localhost:" + pg.getPort() + "/postgres");
        assertThat(manager.get(t, "bad").toString()).doesNotContain(wrong);
    }

    @Test
    void shouldStoreThePasswordOnlyAsCiphertext() {
        TenantId t = withConnection("stored");
        Map<String, AttributeValue> item = DynamoLocal.shared().client().getItem(b -> b.tableName(DynamoLocal.TABLE)
                .key(Map.of("PK", AttributeValue.fromS("TENANT#" + t.value()), "SK", AttributeValue.fromS("CONN#stored")))).item();
        String raw = item.toString();
        assertThat(raw).contains("analyst").contains("\"secret\"").doesNotContain(PASSWORD)
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(PASSWORD.getBytes()));
        assertThat(manager.get(t, "stored").credentialFields()).containsExactly("password");
    }

    @Test
    void shouldStillRefuseWritesInTheServerWhenTheGuardIsBypassed() {
        ConnectionConfig config = new PostgresConnectorFactory().configure(
                new ConnectionDraft("direct", Optional.of(ConnectionUri.parse(uri)), Map.of(), Optional.empty()));
        PostgresDialect real = new PostgresDialect(HostSettings.of(config));
        var noGuard = new UnguardedDialect(real);
        ConnectorContext context = new ConnectorContext(TenantId.of("direct"), Optional.empty(),
                new DatabaseCache(dir.resolve("c2"), 1 << 20), dir, Duration.ofSeconds(5), 1 << 20, 1);
        try (JdbcConnector c = new JdbcConnector(noGuard, context, config.secrets().values())) {
            assertRefused(() -> c.execute("DELETE FROM orders", ManagerFixture.limits(1)), ErrorCode.SQL_NOT_READ_ONLY);
            assertRefused(() -> c.execute("WITH d AS (DELETE FROM orders RETURNING 1) SELECT * FROM d",
                    ManagerFixture.limits(1)), ErrorCode.SQL_NOT_READ_ONLY);
            assertRefused(() -> c.execute("SELECT pg_read_file('/etc/passwd')", ManagerFixture.limits(1)),
                    ErrorCode.DATABASE_PERMISSION_DENIED);
            assertRefused(() -> c.execute("SELECT pg_sleep(3)", QueryLimits.of(1, Duration.ofMillis(300))),
                    ErrorCode.QUERY_TIMEOUT);
        }
        assertThat(count()).isEqualTo(5000);
    }

    static KaiException assertRefused(Runnable call, ErrorCode code) {
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

    private static int count() {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM orders")) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int serverSessions() throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE usename = 'lazy'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
