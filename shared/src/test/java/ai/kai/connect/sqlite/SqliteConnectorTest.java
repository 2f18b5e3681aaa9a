package ai.kai.connect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.connect.ConnectionManager;
import ai.kai.connect.ConnectionRequest;
import ai.kai.connect.DirectoryBlobStore;
import ai.kai.connect.ManagerFixture;
import ai.kai.connect.QueryLimits;
import ai.kai.connect.TableRef;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;

/** The SQLite connector on real SQLite files kept in (directory-backed) object storage under the tenant's root. */
class SqliteConnectorTest {
    @TempDir
    static Path dir;
    static DirectoryBlobStore blobs;
    static ConnectionManager manager;

    @BeforeAll
    static void setUp() {
        blobs = new DirectoryBlobStore(dir.resolve("blobs"));
        manager = ManagerFixture.manager(dir, blobs);
    }

    @AfterAll
    static void tearDown() {
        manager.close();
    }

    private static TenantId tenantWithFile(int rows) throws Exception {
        TenantId t = ManagerFixture.freshTenant();
        Path file = Files.createTempFile(dir, "app", ".db");
        Files.delete(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL)");
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ") "
                    + "INSERT INTO users SELECT i, 'user' || i, i * 0.5 FROM n");
            s.execute("CREATE VIEW top_users AS SELECT * FROM users WHERE score > 10");
        }
        blobs.put("tenants/" + t.value() + "/databases/app.db", file, "application/vnd.sqlite3");
        manager.create(t, ConnectionRequest.ofUri("app", "sqlite://databases/app.db"));
        return t;
    }

    @Test
    void shouldQueryAFileFromTheTenantsStorage() throws Exception {
        TenantId t = tenantWithFile(100);
        QueryResult r = manager.query(t, "app", "SELECT count(*) AS n, max(score) AS top FROM users", ManagerFixture.limits(5));
        assertThat(r.columns()).containsExactly("n", "top");
        assertThat(r.rows()).containsExactly(List.of(100, 50.0));
        assertThat(manager.get(t, "app").uri()).isEqualTo("sqlite://databases/app.db");
        assertThat(manager.tables(t, "app", Optional.empty())).containsExactly(
                new TableRef("main", "top_users", "VIEW"), new TableRef("main", "users", "TABLE"));
        assertThat(manager.columns(t, "app", "users")).extracting(c -> c.name() + ":" + c.type() + ":" + c.nullable())
                .containsExactly("id:INTEGER:true", "name:TEXT:false", "score:REAL:true");
        assertThat(manager.stream(t, "app", "SELECT * FROM users", QueryLimits.of(1000, Duration.ofSeconds(5)), 30,
                b -> true).batches()).isEqualTo(4);
    }

    @Test
    void shouldSeeANewVersionOfTheFile() throws Exception {
        TenantId t = tenantWithFile(10);
        assertThat(manager.query(t, "app", "SELECT count(*) FROM users", ManagerFixture.limits(1)).rows().get(0)).containsExactly(10);
        Path replacement = dir.resolve("v2.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + replacement); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL)");
            s.execute("INSERT INTO users VALUES (1, 'only', 1.0)");
        }
        blobs.put("tenants/" + t.value() + "/databases/app.db", replacement, "application/vnd.sqlite3");
        assertThat(manager.query(t, "app", "SELECT count(*) FROM users", ManagerFixture.limits(1)).rows().get(0)).containsExactly(1);
    }

    @Test
    void shouldRefuseWritesAttachAndExtensions() throws Exception {
        TenantId t = tenantWithFile(10);
        for (String sql : List.of("DELETE FROM users", "DROP TABLE users", "ATTACH DATABASE '/tmp/x.db' AS x",
                "PRAGMA writable_schema = ON", "VACUUM INTO '/tmp/copy.db'", "INSERT INTO users VALUES (99, 'x', 1)")) {
            assertRefused(() -> manager.query(t, "app", sql, ManagerFixture.limits(1)), ErrorCode.SQL_NOT_READ_ONLY);
        }
        assertRefused(() -> manager.query(t, "app", "SELECT load_extension('/tmp/evil.so')", ManagerFixture.limits(1)),
                ErrorCode.SQL_FORBIDDEN_FUNCTION);
        assertThat(manager.query(t, "app", "SELECT count(*) FROM users", ManagerFixture.limits(1)).rows().get(0)).containsExactly(10);
    }

    @Test
    void shouldStopAQueryThatOutlivesItsTimeout() throws Exception {
        TenantId t = tenantWithFile(10);
        long started = System.nanoTime();
        assertRefused(() -> manager.query(t, "app", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                + "SELECT count(*) FROM n", QueryLimits.of(1, Duration.ofSeconds(1))), ErrorCode.QUERY_TIMEOUT);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(4_000);
    }

    @Test
    void shouldKeepPathsInsideTheTenantsStorage() {
        TenantId t = ManagerFixture.freshTenant();
        assertRefused(() -> manager.create(t, ConnectionRequest.ofUri("x", "sqlite://databases/../../other/app.db")),
                ErrorCode.INVALID_CONNECTION_URI);
        manager.create(t, ConnectionRequest.ofUri("missing", "sqlite://databases/none.db"));
        assertRefused(() -> manager.test(t, "missing"), ErrorCode.DATABASE_FILE_NOT_FOUND);
    }

    static KaiException assertRefused(Runnable call, ErrorCode code) {
        try {
            call.run();
        } catch (KaiException e) {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.isClientError()).isTrue();
            return e;
        }
        throw new AssertionError("expected " + code);
    }
}
