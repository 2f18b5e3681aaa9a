package ai.kai.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.json.Json;
import ai.kai.testdata.ForecastData;

/** The wire form the CLI's --json and the API return: snake_case names, methods in lower case. */
class AnomalyJsonTest {

    @Test
    void shouldWriteTheContractsFieldNames() throws Exception {
        ForecastData air = ForecastData.load("AirPassengers");
        double[] y = air.values().clone();
        y[55] *= 1.5;
        AnomalyResult result = new AnomalyService().detect(AnomalyRequest.of(y).withDates(air.dates()));

        JsonNode json = Json.mapper().readTree(Json.write(result));

        assertThat(json.get("method").asText()).isEqualTo("auto");
        assertThat(json.get("method_selected").asText()).isEqualTo("seasonal");
        assertThat(json.get("reason").asText()).contains("seasonal strength");
        JsonNode first = json.get("anomalies").get(0);
        assertThat(iterable(first)).containsExactly("index", "date", "value", "expected", "lower_expected",
                "upper_expected", "score", "method", "reason");
        assertThat(first.get("index").asInt()).isEqualTo(55);
        assertThat(first.get("date").asText()).isEqualTo("1953-08-01");
        assertThat(first.get("value").asDouble()).isEqualTo(y[55]);
        assertThat(first.get("method").asText()).isEqualTo("seasonal");
        assertThat(iterable(json.get("summary"))).contains("points", "flagged", "threshold", "score_unit",
                "seasonal_strength", "period", "transform", "decomposition");
    }

    @Test
    void shouldReadMethodsByTheirWireNames() {
        assertThat(Json.read("\"robust_z\"", AnomalyMethod.class)).isEqualTo(AnomalyMethod.ROBUST_Z);
        assertThat(Json.read("\"Isolation-Forest\"", AnomalyMethod.class)).isEqualTo(AnomalyMethod.ISOLATION_FOREST);
        assertThat(Json.write(AnomalyMethod.SEASONAL)).isEqualTo("\"seasonal\"");
        assertThat(AnomalyMethod.parse("z-score")).isEqualTo(AnomalyMethod.ZSCORE);
        assertThat(AnomalyMethod.parse(null)).isEqualTo(AnomalyMethod.AUTO);
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
