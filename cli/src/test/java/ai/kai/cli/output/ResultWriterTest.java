package ai.kai.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;

class ResultWriterTest {
    @TempDir
    Path dir;

    /** A result as the API sends it: typed columns, JSON values (decimals as BigDecimal, dates as text). */
    private static Table result() {
        return new Table(
                List.of("region", "orders", "revenue", "price", "day", "at", "active", "tags", "big"),
                List.of("VARCHAR", "BIGINT", "DOUBLE", "DECIMAL(10,2)", "DATE", "TIMESTAMP", "BOOLEAN", "INTEGER[]", "HUGEINT"),
                List.of(
                        Arrays.asList("North", 5403, new BigDecimal("1001907.41"), new BigDecimal("12.50"), "2024-01-31",
                                "2024-01-31T10:15:30", true, List.of(1, 2), "123456789012345678901234567890"),
                        Arrays.asList("Say \"hi\", then", null, null, null, null, null, null, null, null),
                        Arrays.asList("", 0, new BigDecimal("-0.5"), new BigDecimal("0.00"), "2025-12-31",
                                "2025-12-31T23:59:59", false, List.of(), "1")));
    }

    @Test
    void shouldWriteCsvWithQuotingAndNullsAsEmptyFields() throws Exception {
        Path csv = dir.resolve("out/result.csv");

        ResultWriter.write(csv, result(), "{}");

        assertThat(Files.readAllLines(csv)).containsExactly(
                "region,orders,revenue,price,day,at,active,tags,big",
                "North,5403,1001907.41,12.50,2024-01-31,2024-01-31T10:15:30,true,\"[1,2]\",123456789012345678901234567890",
                "\"Say \"\"hi\"\", then\",,,,,,,,",
                "\"\",0,-0.5,0.00,2025-12-31,2025-12-31T23:59:59,false,[],1");
    }

    @Test
    void shouldWriteParquetThatKeepsTheColumnTypesAndValues() throws Exception {
        Path parquet = dir.resolve("result.parquet");

        ResultWriter.write(parquet, result(), "{}");

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            List<String> types = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT column_type FROM (DESCRIBE SELECT * FROM read_parquet('" + parquet + "'))")) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            assertThat(types).containsExactly("VARCHAR", "BIGINT", "DOUBLE", "DECIMAL(10,2)", "DATE", "TIMESTAMP",
                    "BOOLEAN", "INTEGER[]", "DECIMAL(38,0)");
            try (ResultSet rs = s.executeQuery("SELECT region, orders, revenue, price, CAST(day AS VARCHAR), "
                    + "CAST(\"at\" AS VARCHAR), active, CAST(tags AS VARCHAR), CAST(big AS VARCHAR) FROM read_parquet('"
                    + parquet + "') ORDER BY orders NULLS LAST")) {
                rs.next();
                assertThat(Arrays.asList(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getBigDecimal(4), rs.getString(5),
                        rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9)))
                        .containsExactly("", 0L, -0.5, new BigDecimal("0.00"), "2025-12-31", "2025-12-31 23:59:59", false,
                                "[]", "1");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("North");
                assertThat(rs.getDouble(3)).isEqualTo(1001907.41);
                assertThat(rs.getBigDecimal(4)).isEqualTo(new BigDecimal("12.50"));
                assertThat(rs.getString(8)).isEqualTo("[1, 2]");
                assertThat(rs.getString(9)).isEqualTo("123456789012345678901234567890");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("Say \"hi\", then");
                rs.getLong(2);
                assertThat(rs.wasNull()).isTrue();
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void shouldInferTypesWhenTheApiReportsNone() throws Exception {
        Path parquet = dir.resolve("inferred.parquet");
        Table table = new Table(List.of("n", "x", "name", "nested"), null,
                List.of(Arrays.asList(1, new BigDecimal("1.5"), "a", Map.of("k", 1)), Arrays.asList(2L, 2, null, null)));

        ResultWriter.write(parquet, table, "{}");

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT column_type FROM (DESCRIBE SELECT * FROM read_parquet('" + parquet + "'))")) {
            List<String> types = new ArrayList<>();
            while (rs.next()) {
                types.add(rs.getString(1));
            }
            assertThat(types).containsExactly("BIGINT", "DOUBLE", "VARCHAR", "VARCHAR");
        }
    }

    @Test
    void shouldWriteTheResponseAsReceivedForJson() throws Exception {
        Path json = dir.resolve("response.json");

        ResultWriter.write(json, result(), "{\"success\": true}");

        assertThat(Files.readString(json)).isEqualTo("{\"success\": true}\n");
    }

    @Test
    void shouldRefuseFormatsItDoesNotWriteAsAUsageError() {
        assertThatThrownBy(() -> ResultWriter.formatOf(Path.of("result.xlsx"))).isInstanceOfSatisfying(CliException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE));
        assertThat(ResultWriter.formatOf(Path.of("A.PARQUET"))).isEqualTo(ResultWriter.Format.PARQUET);
    }
}
