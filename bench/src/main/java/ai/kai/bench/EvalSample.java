package ai.kai.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import ai.kai.cli.demo.SampleSales;

/**
 * The evaluation's data: the {@code kai demo} sample (same seed, same bytes) and, for the expected tables, that
 * CSV in an in-memory DuckDB as table {@code data}, read with DuckDB's own detection (as the ingest does), so the
 * expected results do not come from the pipeline under test.
 */
public final class EvalSample implements AutoCloseable {
    private final Connection connection;

    private EvalSample(Connection connection) {
        this.connection = connection;
    }

    /** Writes the sample's {@code sales.csv} into {@code dir}. */
    public static Path write(Path dir) throws IOException {
        Path csv = dir.resolve("sales.csv");
        SampleSales.write(csv, SampleSales.DEFAULT_ROWS);
        return csv;
    }

    public static EvalSample open(Path csv) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE data AS SELECT * FROM read_csv('" + csv.toString().replace("'", "''") + "', auto_detect = true)");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new EvalSample(c);
    }

    public EvalTable run(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return EvalTable.of(rs);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
