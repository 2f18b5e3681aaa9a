package ai.kai.connect.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The DuckDB connector on a real DuckDB file in object storage, attached READ_ONLY in a locked sandbox. */
class DuckDbConnectorTest {
    @TempDir
    static Path dir;
    static ConnectionManager manager;
    static TenantId tenant = ManagerFixture.freshTenant();

    @BeforeAll
    static void setUp() throws Exception {
        DirectoryBlobStore blobs = new DirectoryBlobStore(dir.resolve("blobs"));
        Path file = dir.resolve("sales.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders AS SELECT range AS id, ['North','South','East','West'][1 + range % 4] AS region, "
                    + "(range % 7) * 1.5 AS amount FROM range(20000)");
            s.execute("CREATE SCHEMA finance");
            s.execute("CREATE VIEW finance.totals AS SELECT region, sum(amount) AS total FROM orders GROUP BY region");
        }
        blobs.put("tenants/" + tenant.value() + "/databases/sales.duckdb", file, "application/octet-stream");
        manager = ManagerFixture.manager(dir, blobs);
        manager.create(tenant, ConnectionRequest.ofUri("sales", "duckdb://databases/sales.duckdb"));
    }

    @AfterAll
    static void tearDown() {
        manager.close();
    }

    @Test
    void shouldQueryListAndStream() {
        QueryResult r = manager.query(tenant, "sales", "SELECT region, count(*) AS n FROM orders GROUP BY region ORDER BY region",
                ManagerFixture.limits(10));
        assertThat(r.rows()).containsExactly(List.of("East", 5000L), List.of("North", 5000L), List.of("South", 5000L),
                List.of("West", 5000L));
        assertThat(manager.query(tenant, "sales", "FROM finance.totals ORDER BY region", ManagerFixture.limits(2)).truncated()).isTrue();
        assertThat(manager.tables(tenant, "sales", Optional.empty())).containsExactly(
                new TableRef("finance", "totals", "VIEW"), new TableRef("main", "orders", "TABLE"));
        assertThat(manager.columns(tenant, "sales", "orders")).extracting(c -> c.name() + ":" + c.type())
                .containsExactly("id:BIGINT", "region:VARCHAR", "amount:DECIMAL(21,1)");
        assertThat(manager.stream(tenant, "sales", "SELECT * FROM orders", QueryLimits.of(Long.MAX_VALUE, Duration.ofSeconds(10)),
                5000, b -> true).rowCount()).isEqualTo(20000);
    }

    @Test
    void shouldRefuseWritesFilesAndSettings() {
        for (String sql : List.of("DELETE FROM orders", "COPY orders TO '/tmp/out.csv'", "ATTACH '/tmp/x.duckdb' AS x",
                "SET enable_external_access = true", "CREATE TABLE t AS SELECT 1")) {
            assertRefused(() -> manager.query(tenant, "sales", sql, ManagerFixture.limits(1)), ErrorCode.SQL_NOT_READ_ONLY);
        }
        assertRefused(() -> manager.query(tenant, "sales", "SELECT * FROM read_csv('/etc/passwd')", ManagerFixture.limits(1)),
                ErrorCode.SQL_FORBIDDEN_FUNCTION);
        assertRefused(() -> manager.query(tenant, "sales", "SELECT 1; SELECT 2", ManagerFixture.limits(1)),
                ErrorCode.SQL_MULTIPLE_STATEMENTS);
    }

    @Test
    void shouldStopAQueryThatOutlivesItsTimeout() {
        assertRefused(() -> manager.query(tenant, "sales", "SELECT count(*) FROM range(100000000000) a",
                QueryLimits.of(1, Duration.ofSeconds(1))), ErrorCode.QUERY_TIMEOUT);
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
