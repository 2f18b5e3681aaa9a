package ai.kai.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.json.Json;

/** The --json contract (spec §4.4): field names as the platform's snake_case mapper writes them. */
class JsonShapeTest {
    private final StatisticsService stats = new StatisticsService();

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void shouldSerializeATestResultWithTheSpecsFieldNames() {
        TestResult r = stats.twoSample(TwoSampleRequest.of(Sample.of("North", 12.1, 13.4, 11.8, 12.9, 14.0),
                Sample.of("South", 9.5, 10.2, 9.9, 8.7, 10.8)).withVariable("revenue"));

        JsonNode json = Json.parseRequest(Json.write(r));

        assertThat(fields(json)).containsExactlyInAnyOrder("test_name", "statistic", "p_value", "degrees_of_freedom",
                "effect_size", "confidence_interval", "is_significant", "interpretation", "details");
        assertThat(fields(json.get("effect_size"))).containsExactly("name", "value");
        assertThat(json.get("effect_size").get("name").asText()).isEqualTo("Hedges' g");
        assertThat(json.get("confidence_interval").isArray()).isTrue();
        assertThat(json.get("confidence_interval")).hasSize(2);
        assertThat(json.get("confidence_interval").get(0).asDouble()).isEqualTo(r.confidenceInterval().lower());
        assertThat(json.get("is_significant").asBoolean()).isTrue();
        assertThat(json.get("p_value").asDouble()).isEqualTo(r.pValue());
        assertThat(json.get("details").get("warnings").isArray()).isTrue();
        assertThat(fields(json.get("details").get("groups").get(0))).containsExactly("group", "n", "mean", "std_dev");
        assertThat(json.get("details").get("confidence_level").asDouble()).isEqualTo(0.95);
    }

    @Test
    void shouldWriteOpenIntervalEndsAndMissingValuesAsNull() {
        TestResult oneSided = stats.oneSample(OneSampleRequest.of(Sample.of("x", 1, 2, 3, 4, 6), 1)
                .withAlternative(Alternative.GREATER));
        TestResult fisher = stats.fisher(ContingencyTable.of(new long[][] {{3, 1}, {1, 3}}), Alternative.TWO_SIDED, 0.05);

        JsonNode a = Json.parseRequest(Json.write(oneSided));
        JsonNode b = Json.parseRequest(Json.write(fisher));

        assertThat(a.get("confidence_interval").get(1).isNull()).isTrue();
        assertThat(b.get("degrees_of_freedom").isNull()).isTrue();
        assertThat(Json.write(oneSided)).doesNotContain("NaN", "Infinity");
    }

    @Test
    void shouldSerializeAnovaWithItsPostHocTable() {
        JsonNode json = Json.parseRequest(Json.write(stats.anova("weight", Data.plantGrowth(), 0.05)));

        JsonNode table = json.get("details").get("anova_table");
        assertThat(fields(table)).contains("sum_of_squares_between", "sum_of_squares_within", "f_statistic", "p_value");
        JsonNode pair = json.get("details").get("post_hoc").get("comparisons").get(0);
        assertThat(fields(pair)).containsExactly("group_a", "group_b", "difference", "confidence_interval", "statistic",
                "p_value", "is_significant", "interpretation");
        assertThat(json.get("confidence_interval").isNull()).isTrue();
    }

    @Test
    void shouldSerializeCorrelationsPerPairAndAsAMatrix() {
        Sample mpg = Sample.of("mpg", Data.MPG);
        Sample wt = Sample.of("wt", Data.WT);

        JsonNode pair = Json.parseRequest(Json.write(stats.correlate(CorrelationRequest.of(mpg, wt))));
        JsonNode matrix = Json.parseRequest(Json.write(stats.correlationMatrix(List.of(mpg, wt, Sample.of("hp", Data.HP)),
                CorrelationMethod.SPEARMAN, 0.05)));

        assertThat(fields(pair)).contains("coefficient", "p_value", "confidence_interval", "is_significant",
                "interpretation", "variable_x", "variable_y", "n", "method", "test_name");
        assertThat(pair.get("method").asText()).isEqualTo("pearson");
        assertThat(fields(matrix)).containsExactly("method", "variables", "n", "coefficients", "p_values", "pairs");
        assertThat(matrix.get("p_values").get(0).get(0).isNull()).isTrue();
        assertThat(matrix.get("coefficients").get(0).get(0).asDouble()).isEqualTo(1.0);
        assertThat(matrix.get("pairs")).hasSize(3);
    }

    @Test
    void shouldReadItsOwnJsonBack() {
        TestResult r = stats.twoSample(TwoSampleRequest.of(Sample.of("a", 1, 2, 3, 4), Sample.of("b", 2, 3, 5, 9)));

        TestResult back = Json.read(Json.write(r), TestResult.class);

        assertThat(back.testName()).isEqualTo(r.testName());
        assertThat(back.isSignificant()).isEqualTo(r.isSignificant());
        assertThat(back.confidenceInterval()).isEqualTo(r.confidenceInterval());
        assertThat(back.effectSize()).isEqualTo(r.effectSize());
    }

    @Test
    void shouldSerializeDescriptions() {
        JsonNode json = Json.parseRequest(Json.write(stats.describe("x", new double[] {1, 2, 3, 9}, new String[] {"a", "a", "b", "b"})));

        assertThat(fields(json)).containsExactly("variable", "overall", "groups");
        assertThat(fields(json.get("overall"))).containsExactly("group", "n", "mean", "std_dev", "variance", "std_error",
                "min", "q1", "median", "q3", "max", "skewness", "kurtosis");
    }
}
