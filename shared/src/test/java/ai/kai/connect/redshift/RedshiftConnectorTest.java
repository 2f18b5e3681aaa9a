package ai.kai.connect.redshift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import ai.kai.connect.postgres.EmbeddedPostgresServer;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The Redshift connector: the real redshift-jdbc42 driver against a real PostgreSQL server, for what Redshift
 * shares with it (wire protocol, information_schema, BEGIN READ ONLY, statement_timeout). A relay drops the
 * driver's Redshift-only startup parameters ({@link RedshiftStartupProxy}); MD5 authentication, as Redshift's.
 */
class RedshiftConnectorTest {
    static final String PASSWORD = "Rs-pa55word!";
    static EmbeddedPostgres pg;
    static RedshiftStartupProxy proxy;
    static String uri;

    @TempDir
    static Path dir;
    static ConnectionManager manager;

    @BeforeAll
    static void startServer() throws Exception {
        pg = EmbeddedPostgresServer.start(dir.resolve("pg-conf"), "md5");
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE analyst LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE TABLE public.events (id int, kind varchar(10), at timestamp)");
            s.execute("INSERT INTO public.events SELECT g, 'k' || g % 3, TIMESTAMP '2025-01-01' + g * INTERVAL '1 minute' "
                    + "FROM generate_series(1, 2500) g");
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO analyst");
        }
        proxy = new RedshiftStartupProxy(pg.getPort());
        uri = "redshift://analyst:" + PASSWORD + "@localhost:" + proxy.port() + "/postgres?ssl=false";
        manager = ManagerFixture.manager(dir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        manager.close();
        proxy.close();
        pg.close();
    }

    private TenantId withConnection() {
        TenantId tenant = ManagerFixture.freshTenant();
        manager.create(tenant, ConnectionRequest.ofUri("rs", uri));
        return tenant;
    }

    @Test
    void shouldQueryStreamAndDescribeThroughTheRedshiftDriver() {
        TenantId t = withConnection();
        QueryResult r = manager.query(t, "rs", "SELECT kind, count(*) AS n FROM events GROUP BY kind ORDER BY kind",
                ManagerFixture.limits(10));
        assertThat(r.columns()).containsExactly("kind", "n");
        assertThat(r.rows()).containsExactly(List.of("k0", 833L), List.of("k1", 834L), List.of("k2", 833L));
        List<Integer> sizes = new ArrayList<>();
        long rows = manager.stream(t, "rs", "SELECT * FROM events", QueryLimits.of(Long.MAX_VALUE, Duration.ofSeconds(30)),
                1000, b -> sizes.add(b.rows().size())).rowCount();
        assertThat(rows).isEqualTo(2500);
        assertThat(sizes).containsExactly(1000, 1000, 500);
        assertThat(manager.tables(t, "rs", Optional.of("public"))).containsExactly(new TableRef("public", "events", "TABLE"));
        assertThat(manager.columns(t, "rs", "public.events")).extracting(c -> c.name()).containsExactly("id", "kind", "at");
        assertThat(manager.get(t, "rs").uri()).isEqualTo("redshift://analyst:****@localhost:" + proxy.port() + "/postgres?ssl=false");
    }

    @Test
    void shouldRefuseWritesAndLongSleepsAndWrongPasswords() {
        TenantId t = withConnection();
        assertRefused(() -> manager.query(t, "rs", "DELETE FROM events", ManagerFixture.limits(1)), ErrorCode.SQL_NOT_READ_ONLY);
        assertRefused(() -> manager.query(t, "rs", "UNLOAD ('select 1') TO 's3://x/'", ManagerFixture.limits(1)),
                ErrorCode.SQL_NOT_READ_ONLY);
        assertRefused(() -> manager.query(t, "rs", "SELECT pg_sleep(600)", ManagerFixture.limits(1)),
                ErrorCode.SQL_FORBIDDEN_FUNCTION);
        assertRefused(() -> manager.query(t, "rs", "SELECT pg_sleep(4 + id) FROM events LIMIT 1",
                QueryLimits.of(1, Duration.ofSeconds(1))), ErrorCode.QUERY_TIMEOUT);
        TenantId other = ManagerFixture.freshTenant();
        manager.create(other, ConnectionRequest.ofUri("rs", uri.replace(PASSWORD, "wrong-one-123")));
        KaiException e = assertRefused(() -> manager.test(other, "rs"), ErrorCode.AUTHENTICATION_FAILED);
        assertThat(e.getMessage()).doesNotContain("wrong-one-123");
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
}
