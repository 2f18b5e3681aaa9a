package ai.kai.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Builds a real DuckDB dataset file like ingest does: table {@code data} in {@code data.duckdb}. */
final class SandboxFixture {
    private SandboxFixture() {
    }

    static Path salesDatabase(Path dir) throws Exception {
        Path db = dir.resolve("data.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE data AS SELECT range AS id, ['North','South','East','West'][1 + range % 4] AS region, "
                    + "(range % 7) * 1.5 AS revenue, DATE '2025-01-01' + CAST(range % 365 AS INTEGER) AS order_date, "
                    + "'SKU-' || (range % 13) AS product FROM range(10000)");
        }
        return db;
    }

    static QueryEngine engine(Path dir, int timeoutSeconds) {
        return new QueryEngine("512MB", 2, timeoutSeconds, 4L * 1024 * 1024, dir.resolve("tmp"));
    }
}
