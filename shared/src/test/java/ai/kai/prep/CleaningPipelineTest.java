package ai.kai.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.json.Json;

class CleaningPipelineTest {
    Connection c;

    @BeforeEach
    void table() throws Exception {
        c = DriverManager.getConnection("jdbc:duckdb:");
        c.createStatement().execute("CREATE TABLE src AS SELECT * FROM (VALUES "
                + "(1, 'North', 10.0, ' a ', '2025-01-03', 'yes'),"
                + "(2, 'South', NULL, 'b', '03.01.2025', 'no'),"
                + "(3, NULL, 30.0, 'c ', 'not a date', 'maybe'),"
                + "(4, 'North', 40.0, 'd', '2025-01-05', 'TRUE'),"
                + "(4, 'North', 40.0, 'd', '2025-01-05', 'TRUE'),"
                + "(5, 'East', NULL, NULL, NULL, NULL)) t(id, region, amount, code, day, flag)");
    }

    @AfterEach
    void close() throws Exception {
        c.close();
    }

    private CleaningPipeline.Outcome run(String operationsJson) throws Exception {
        return CleaningPipeline.run(c, "src", CleaningOperations.parse(Json.mapper().readTree(operationsJson)));
    }

    private List<List<Object>> rows(CleaningPipeline.Outcome o, String select) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT " + select + " FROM " + o.result().name() + " ORDER BY __kai_row")) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i) == null ? null : rs.getObject(i).toString());
                }
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void shouldFillMissingValuesByMeanMedianModeConstantAndForwardFill() throws Exception {
        var mean = run("[{\"op\":\"fill_missing\",\"columns\":[\"amount\"],\"strategy\":\"mean\"}]");
        assertThat(rows(mean, "amount")).extracting(r -> r.get(0)).containsExactly("10.0", "30.0", "30.0", "40.0", "40.0", "30.0");
        assertThat(mean.reports().get(0).valuesChanged()).isEqualTo(2);
        var median = run("[{\"op\":\"fill_missing\",\"columns\":[\"amount\"],\"strategy\":\"median\"}]");
        assertThat(rows(median, "amount").get(1).get(0)).isEqualTo("35.0");
        var mode = run("[{\"op\":\"fill_missing\",\"columns\":[\"region\"],\"strategy\":\"mode\"}]");
        assertThat(rows(mode, "region").get(2).get(0)).isEqualTo("North");
        var constant = run("[{\"op\":\"fill_missing\",\"columns\":[\"region\"],\"strategy\":\"constant\",\"value\":\"Unknown\"}]");
        assertThat(rows(constant, "region").get(2).get(0)).isEqualTo("Unknown");
        assertThat(constant.reports().get(0).valuesChanged()).isEqualTo(1);
        var ffill = run("[{\"op\":\"fill_missing\",\"columns\":[\"amount\"],\"strategy\":\"forward_fill\"}]");
        assertThat(rows(ffill, "amount")).extracting(r -> r.get(0)).containsExactly("10.0", "10.0", "30.0", "40.0", "40.0", "40.0");
    }

    @Test
    void shouldDropMissingRowsAndSparseColumns() throws Exception {
        var any = run("[{\"op\":\"drop_missing_rows\"}]");
        assertThat(any.result().rows()).isEqualTo(3);
        var subset = run("[{\"op\":\"drop_missing_rows\",\"columns\":[\"amount\"]}]");
        assertThat(subset.result().rows()).isEqualTo(4);
        var sparse = run("[{\"op\":\"drop_sparse_columns\",\"threshold\":0.2}]");
        assertThat(sparse.result().columns().keySet()).containsExactly("id", "region", "code", "day", "flag");
        assertThat(sparse.reports().get(0).columnsDropped()).containsExactly("amount");
    }

    @Test
    void shouldConvertTypesAndReportWhatDidNotConvert() throws Exception {
        var dates = run("[{\"op\":\"convert_type\",\"column\":\"day\",\"to\":\"date\"}]");
        assertThat(dates.result().columns().get("day")).isEqualTo("DATE");
        OperationReport report = dates.reports().get(0);
        assertThat(report.failedConversions()).isEqualTo(2);
        assertThat(report.failureSample()).extracting(OperationReport.FailedValue::row).containsExactly(2L, 3L);
        assertThat(report.failureSample()).extracting(OperationReport.FailedValue::value).containsExactly("03.01.2025", "not a date");
        var formatted = run("[{\"op\":\"convert_type\",\"column\":\"day\",\"to\":\"date\",\"format\":\"%d.%m.%Y\"}]");
        assertThat(rows(formatted, "day").get(1).get(0)).isEqualTo("2025-01-03");
        var flags = run("[{\"op\":\"convert_type\",\"column\":\"flag\",\"to\":\"boolean\"}]");
        assertThat(rows(flags, "flag")).extracting(r -> r.get(0)).containsExactly("true", "false", null, "true", "true", null);
        assertThat(flags.reports().get(0).failedConversions()).isEqualTo(1);
        assertThatThrownBy(() -> run("[{\"op\":\"convert_type\",\"column\":\"code\",\"to\":\"integer\",\"on_error\":\"fail\"}]"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.CONVERSION_FAILED).hasMessageContaining("row 1");
    }

    @Test
    void shouldDeduplicateKeepingFirstOrLastInFileOrder() throws Exception {
        var exact = run("[{\"op\":\"deduplicate\"}]");
        assertThat(exact.result().rows()).isEqualTo(5);
        var byRegion = run("[{\"op\":\"deduplicate\",\"columns\":[\"region\"],\"keep\":\"last\"}]");
        assertThat(rows(byRegion, "id")).extracting(r -> r.get(0)).containsExactly("2", "3", "4", "5");
    }

    @Test
    void shouldChainStepsTrimAndRename() throws Exception {
        var o = run("[{\"op\":\"trim_whitespace\"},{\"op\":\"rename_column\",\"from\":\"code\",\"to\":\"sku\"},"
                + "{\"op\":\"drop_columns\",\"columns\":[\"flag\"]}]");
        assertThat(o.result().columns().keySet()).containsExactly("id", "region", "amount", "sku", "day");
        assertThat(rows(o, "sku").get(0).get(0)).isEqualTo("a");
        assertThat(o.reports()).extracting(OperationReport::op).containsExactly("trim_whitespace", "rename_column", "drop_columns");
    }

    @Test
    void shouldRefuseUnknownOperationsColumnsAndStrategies() {
        assertThatThrownBy(() -> run("[{\"op\":\"explode\"}]")).hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_CLEANING_OPERATION)
                .hasMessageContaining("fill_missing");
        assertThatThrownBy(() -> run("[{\"op\":\"drop_columns\",\"columns\":[\"nope\"]}]"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COLUMN_NOT_FOUND).hasMessageContaining("region");
        assertThatThrownBy(() -> run("[{\"op\":\"fill_missing\",\"columns\":[\"region\"],\"strategy\":\"mean\"}]"))
                .hasMessageContaining("numeric");
        assertThatThrownBy(() -> run("[{\"op\":\"fill_missing\",\"columns\":[\"amount\"],\"strategy\":\"constant\",\"value\":\"x\"}]"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.CONVERSION_FAILED);
        assertThatThrownBy(() -> run("[]")).hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_CLEANING_OPERATION);
    }
}
