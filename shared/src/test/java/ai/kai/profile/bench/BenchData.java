package ai.kai.profile.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The benchmark's CSV: 20 columns of the kinds a profile meets — identifiers, normal, skewed and uniform
 * numbers, counts, categories with nulls, a flag, dates, timestamps, free text, a constant, a mostly-null
 * column, text that is mostly numbers, text that is mostly dates. Written by DuckDB from a seeded generator.
 */
final class BenchData {
    private BenchData() {
    }

    static void writeCsv(Path csv, long rows) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = 1");
            s.execute("SELECT setseed(0.42)");
            s.execute("""
                    COPY (
                    SELECT i AS id,
                      uuid() AS order_uuid,
                      round(100 + 15 * sqrt(-2 * ln(random())) * cos(2 * pi() * random()), 3) AS amount,
                      round(exp(3 * random() * random() * 3), 2) AS revenue,
                      random() AS ratio,
                      CAST(random() * 1000 AS INTEGER) AS quantity,
                      CAST(random() * 100000 AS INTEGER) AS sensor,
                      round(random() * 1e6) / 100 AS price,
                      CASE WHEN random() < 0.1 THEN NULL
                           ELSE ['north', 'south', 'east', 'west', 'central'][1 + CAST(floor(random() * 5) AS INTEGER)]
                      END AS region,
                      'SKU-' || lpad(CAST(CAST(random() * 5000 AS INTEGER) AS VARCHAR), 5, '0') AS sku,
                      ['A', 'B', 'C'][1 + CAST(floor(random() * 3) AS INTEGER)] AS tier,
                      random() < 0.5 AS active,
                      DATE '2020-01-01' + CAST(i %% 1500 AS INTEGER) AS order_date,
                      TIMESTAMP '2023-01-01' + to_seconds(CAST(random() * 3e7 AS BIGINT)) AS updated_at,
                      'customer note ' || CAST(random() * 100000 AS INTEGER) || ' about the delivery of item '
                        || (i %% 777) AS comment,
                      CASE WHEN random() < 0.3 THEN NULL ELSE CAST(random() * 50 AS INTEGER) END AS discount,
                      CASE WHEN random() < 0.01 THEN 'unknown'
                           ELSE strftime(DATE '2021-01-01' + CAST(i %% 900 AS INTEGER), '%%Y-%%m-%%d') END AS shipped,
                      CASE WHEN random() < 0.9 THEN CAST(CAST(random() * 100 AS INTEGER) AS VARCHAR)
                           ELSE 'n/a' END AS mixed_code,
                      'constant' AS source,
                      CAST(random() * 20 AS INTEGER) - 10 AS delta
                    FROM range(%d) t(i)
                    ) TO '%s' (HEADER)""".formatted(rows, csv.toString().replace("'", "''")));
        }
    }
}
