package ai.kai.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.ColumnData;
import ai.kai.query.ColumnNames;
import ai.kai.query.QueryEngine;

/** Whole columns read from a dataset in the query sandbox, with names that would break unquoted SQL. */
class QueryColumnsTest {
    @TempDir
    static Path dir;
    static Path db;
    static QueryEngine engine;

    @BeforeAll
    static void dataset() throws Exception {
        db = dir.resolve("data.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE data AS SELECT range AS id, range * 0.5 AS \"amount \"\"x\"\"; DROP TABLE data\", "
                    + "DATE '2024-01-01' + CAST(range AS INTEGER) AS day FROM range(100)");
        }
        engine = new QueryEngine("256MB", 1, 5, 1 << 20, dir.resolve("tmp"));
    }

    @Test
    void shouldReadTypedColumnsInTableOrderWithQuotedIdentifiers() {
        List<String> available = List.of("id", "amount \"x\"; DROP TABLE data", "day");
        List<String> names = ColumnNames.resolve(List.of("AMOUNT \"X\"; drop table data", "day"), available);
        ColumnData data = engine.readColumns(db, names, 1000);
        assertThat(data.rowCount()).isEqualTo(100);
        assertThat(((Number) data.column("amount \"x\"; DROP TABLE data").get(3)).doubleValue()).isEqualTo(1.5);
        assertThat(data.column("day").get(0)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(engine.readColumns(db, List.of("id"), 1000).rowCount()).as("the table is still there").isEqualTo(100);
    }

    @Test
    void shouldRefuseMoreRowsThanTheCapAndUnknownNames() {
        assertThatThrownBy(() -> engine.readColumns(db, List.of("id"), 99))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_ROWS));
        assertThatThrownBy(() -> ColumnNames.resolve("price", List.of("id", "day")))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.COLUMN_NOT_FOUND))
                .hasMessageContaining("id, day");
    }
}
