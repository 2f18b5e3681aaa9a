package ai.kai.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.anomaly.AnomalyMethod;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.forecast.ModelChoice;
import ai.kai.json.Json;
import ai.kai.timeseries.Frequency;

/** What the analytics routes accept in a body, and the 400s for what they do not. */
class RequestBodiesTest {
    static JsonNode body(Map<String, Object> fields) {
        return Json.mapper().valueToTree(fields);
    }

    static ErrorCode refusal(Runnable r) {
        try {
            r.run();
        } catch (KaiException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void shouldTakeTheDataFromExactlyOneOfFileIdAndData() {
        assertThat(DataSource.from(body(Map.of("file_id", " f_1 ")))).isEqualTo(new DataSource.StoredFile("f_1"));
        assertThat(DataSource.from(body(Map.of("data", List.of(Map.of("a", 1)))))).isInstanceOf(DataSource.Inline.class);
        assertThat(refusal(() -> DataSource.from(body(Map.of("file_id", "f_1", "data", List.of(Map.of("a", 1)))))))
                .isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(refusal(() -> DataSource.from(body(Map.of())))).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(refusal(() -> DataSource.from(body(Map.of("data", List.of()))))).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(refusal(() -> DataSource.from(body(Map.of("data", List.of(1, 2)))))).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(refusal(() -> DataSource.from(body(Map.of("connection_id", "c1"))))).isEqualTo(ErrorCode.INVALID_REQUEST);
    }

    @Test
    void shouldReadAForecastBodyWithItsDefaultsAndRefuseUnknownNames() {
        ForecastCall call = ForecastCall.from(body(Map.of("file_id", "f_1", "date_column", "ds", "value_column", "y",
                "periods", 12)));
        assertThat(call.model()).isEqualTo(ModelChoice.AUTO);
        assertThat(call.level()).isEqualTo(0.95);
        assertThat(call.frequency()).isNull();
        ForecastCall given = ForecastCall.from(body(Map.of("file_id", "f_1", "date_column", "ds", "value_column", "y",
                "periods", "6", "model", "ETS", "level", 80, "frequency", "monthly")));
        assertThat(given.model()).isEqualTo(ModelChoice.ETS);
        assertThat(given.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(refusal(() -> ForecastCall.from(body(Map.of("file_id", "f_1", "date_column", "ds", "value_column", "y")))))
                .isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(refusal(() -> ForecastCall.from(body(Map.of("file_id", "f_1", "date_column", "ds", "value_column", "y",
                "periods", 2.5))))).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(refusal(() -> ForecastCall.from(body(Map.of("file_id", "f_1", "date_column", "ds", "value_column", "y",
                "periods", 3, "frequency", "fortnightly"))))).isEqualTo(ErrorCode.FORECAST_INVALID_REQUEST);
    }

    @Test
    void shouldReadAnAnomalyBodyWithOneOrSeveralColumns() {
        AnomalyCall one = AnomalyCall.from(body(Map.of("data", List.of(Map.of("v", 1)), "value_column", "v",
                "method", "z_score", "threshold", 2.5)));
        assertThat(one.valueColumns()).containsExactly("v");
        assertThat(one.method()).isEqualTo(AnomalyMethod.ZSCORE);
        assertThat(one.threshold()).isEqualTo(2.5);
        AnomalyCall several = AnomalyCall.from(body(Map.of("file_id", "f_1", "value_columns", List.of("a", "b"))));
        assertThat(several.valueColumns()).containsExactly("a", "b");
        assertThat(several.method()).isEqualTo(AnomalyMethod.AUTO);
        assertThat(refusal(() -> AnomalyCall.from(body(Map.of("file_id", "f_1"))))).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(refusal(() -> AnomalyCall.from(body(Map.of("file_id", "f_1", "value_column", "v", "method", "magic")))))
                .isEqualTo(ErrorCode.INVALID_REQUEST);
    }

    @Test
    void shouldAcceptTheSpecsTestNamesAndRefuseAMethodForATest() {
        assertThat(StatisticsTestKind.parse("t_test")).isEqualTo(StatisticsTestKind.WELCH);
        assertThat(StatisticsTestKind.parse("Kruskal-Wallis")).isEqualTo(StatisticsTestKind.KRUSKAL);
        assertThat(StatisticsTestKind.parse("fisher_exact")).isEqualTo(StatisticsTestKind.FISHER);
        assertThat(refusal(() -> StatisticsCall.from(body(Map.of("test_type", "welch", "file_id", "f_1",
                "value_column", "v", "group_column", "g", "method", "spearman"))))).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(refusal(() -> StatisticsCall.from(body(Map.of("test_type", "welch", "file_id", "f_1",
                "value_column", "v", "group_column", "g", "groups", List.of("a", "b", "c"))))))
                .isEqualTo(ErrorCode.INVALID_REQUEST);
    }
}
