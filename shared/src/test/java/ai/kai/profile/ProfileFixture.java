package ai.kai.profile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Generated test data in a DuckDB database file, like ingest produces: table {@code data} with a column for each
 * kind the profiler must recognise. Pseudo-random values come from DuckDB's {@code hash}, so every run builds
 * the same table.
 */
final class ProfileFixture {
    static final int ROWS = 5000;
    static final String WEIRD = "we\"ird <b>col</b> & 'name'";
    static final String SCRIPT = "<script>alert(1)</script>";

    private ProfileFixture() {
    }

    static Connection open(Path dir) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("data.duckdb"));
        try (Statement s = c.createStatement()) {
            s.execute(SQL);
            s.execute("CHECKPOINT");
        }
        return c;
    }

    private static final String SQL = """
            CREATE TABLE data AS
            WITH r AS (
              SELECT i,
                     (hash(i, 1) %% 1000003) / 1000003.0 AS u1, (hash(i, 2) %% 1000003) / 1000003.0 AS u2,
                     (hash(i, 3) %% 1000003) / 1000003.0 AS u3, (hash(i, 4) %% 1000003) / 1000003.0 AS u4
              FROM range(%d) t(i)),
            b AS (SELECT *, 100 + 15 * sqrt(-2 * ln(u2 + 1e-9)) * cos(2 * pi() * u3) AS normal FROM r)
            SELECT
              i + 1 AS id,
              CASE WHEN u1 < 0.05 THEN NULL ELSE round(normal, 3) END AS amount,
              round(normal * 2 + (u4 - 0.5) * 4, 3) AS amount_twin,
              round(exp(4 * u2 * u2 * u3), 2) AS revenue,
              CAST(floor(u4 * 101) AS INTEGER) AS quantity,
              CAST(u3 * 1000 AS DECIMAL(10, 2)) AS price,
              CASE WHEN u1 > 0.72 THEN NULL
                   ELSE ['north', 'south', 'east', 'west', 'central'][1 + CAST(floor(u2 * 5) AS INTEGER)] END AS region,
              u3 < 0.3 AS flag,
              CASE WHEN u4 < 0.5 THEN 'yes' ELSE 'No' END AS yes_no,
              DATE '2024-01-01' + CAST(i %% 365 AS INTEGER) AS order_date,
              TIMESTAMP '2024-03-01 00:00:00' + to_hours(CAST(i AS BIGINT)) AS updated_at,
              'Customer ' || CAST(floor(u1 * 4000) AS INTEGER) || ' wrote: delivery took '
                || CAST(floor(u2 * 30) AS INTEGER) || ' days' AS comment,
              'crm' AS source,
              strftime(DATE '2023-01-01' + CAST(i %% 500 AS INTEGER), '%%Y-%%m-%%d') AS shipped_text,
              CASE WHEN u2 < 0.8 THEN CAST(CAST(floor(u3 * 100) AS INTEGER) AS VARCHAR)
                   WHEN u2 < 0.9 THEN 'n/a' ELSE 'unknown' END AS mixed,
              lpad(CAST(CAST(floor(u4 * 200) AS INTEGER) * 37 AS VARCHAR), 5, '0') AS zip,
              'C-' || lpad(CAST(i AS VARCHAR), 6, '0') AS code,
              CAST(NULL AS INTEGER) AS all_null,
              CAST(DATE '2020-01-01' + to_months(CAST(i %% 48 AS INTEGER)) AS DATE) AS month_start,
              CASE WHEN i %% 1000 = 0 THEN '%s' ELSE 'plain & simple' END AS %s
            FROM b
            """.formatted(ROWS, SCRIPT, Sql.ident(WEIRD));
}
