package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * POST /api/v2/analytics/statistics on the real local stack: uploaded CSVs read through the query sandbox, R's
 * reference values (sleep, PlantGrowth) and numbers computed here, and every bad input answered with a 4xx.
 */
class AnalyticsEndToEndTest {
    static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
    static final String[] PLANT_GROUPS = {"ctrl", "trt1", "trt2"};
    static final double[][] PLANT_WEIGHTS = {
        {4.17, 5.58, 5.18, 6.11, 4.50, 4.61, 5.17, 4.53, 5.33, 5.14},
        {4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69},
        {6.31, 5.12, 5.54, 5.50, 5.37, 5.29, 4.92, 6.15, 5.80, 5.26}};
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;
    static String sleepId;
    static String plantId;
    static String surveyId;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("analyst"));
        StringBuilder sleep = new StringBuilder("extra,group,ID\n");
        for (int g = 1; g <= 2; g++) {
            for (int i = 0; i < 10; i++) {
                sleep.append(g == 1 ? SLEEP_1[i] : SLEEP_2[i]).append(',').append(g).append(',').append(i + 1).append('\n');
            }
        }
        StringBuilder plant = new StringBuilder("weight,group\n");
        for (int g = 0; g < 3; g++) {
            for (double w : PLANT_WEIGHTS[g]) {
                plant.append(w).append(',').append(PLANT_GROUPS[g]).append('\n');
            }
        }
        StringBuilder survey = new StringBuilder("region,answer,x,y,score,label\n");
        for (int i = 0; i < 60; i++) {
            survey.append(i % 2 == 0 ? "North" : "South").append(',').append(new String[] {"yes", "no", "maybe"}[i % 3 == 0 || i % 7 == 0 ? 0 : i % 3])
                    .append(',').append(i).append(',').append(i * 0.5 + (i * 37 % 11)).append(',')
                    .append(i == 17 ? "abc" : String.valueOf(i % 9)).append(',').append(i < 59 ? "many" : "single").append('\n');
        }
        sleepId = upload("sleep.csv", sleep.toString());
        plantId = upload("plants.csv", plant.toString());
        surveyId = upload("survey.csv", survey.toString());
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static String upload(String name, String csv) {
        ApiClient.Response r = api.postJson("/api/v2/files/upload", Map.of("name", name, "content", csv));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.data().path("file_id").asText();
    }

    static ApiClient.Response statistics(Map<String, Object> body) {
        return api.postJson("/api/v2/analytics/statistics", body);
    }

    @Test
    void shouldRunWelchsTestOnAnUploadedFileAsRsTTestDoesWithGroupOneMinusGroupTwo() {
        ApiClient.Response r = statistics(Map.of("test_type", "welch", "file_id", sleepId, "value_column", "extra",
                "group_column", "group"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode t = r.data();
        assertThat(t.path("test_name").asText()).containsIgnoringCase("Welch");
        assertThat(t.path("statistic").asDouble()).isCloseTo(-1.860813, within(1e-6));
        assertThat(t.path("degrees_of_freedom").asDouble()).isCloseTo(17.77647, within(1e-5));
        assertThat(t.path("p_value").asDouble()).isCloseTo(0.07939414, within(1e-8));
        assertThat(t.path("confidence_interval").get(0).asDouble()).isCloseTo(-3.3654832, within(1e-6));
        assertThat(t.path("confidence_interval").get(1).asDouble()).isCloseTo(0.2054832, within(1e-6));
        assertThat(t.path("is_significant").asBoolean()).isFalse();
        assertThat(t.path("effect_size").path("name").asText()).isNotBlank();
        assertThat(t.path("interpretation").asText()).isNotBlank();
        assertThat(t.has("details")).isTrue();
        assertThat(r.body().path("metadata").path("file_id").asText()).isEqualTo(sleepId);
        assertThat(r.body().path("metadata").path("rows_used").asInt()).isEqualTo(20);

        ApiClient.Response asSpecSays = statistics(Map.of("test_type", "t_test", "file_id", sleepId,
                "value_column", "extra", "group_column", "group", "groups", List.of("2", "1")));
        assertThat(asSpecSays.data().path("statistic").asDouble()).isCloseTo(1.860813, within(1e-6));
    }

    @Test
    void shouldRunTukeyAndAnovaAsRDoesOnPlantGrowth() {
        ApiClient.Response tukey = statistics(Map.of("test_type", "tukey", "file_id", plantId, "value_column", "weight",
                "group_column", "group"));
        assertThat(tukey.status()).as(tukey.raw()).isEqualTo(200);
        Map<String, Double> adjusted = new java.util.HashMap<>();
        for (JsonNode c : tukey.data().path("comparisons")) {
            adjusted.put(c.path("group_a").asText() + "-" + c.path("group_b").asText(), c.path("p_value").asDouble());
            double expected = mean(PLANT_WEIGHTS[List.of(PLANT_GROUPS).indexOf(c.path("group_a").asText())])
                    - mean(PLANT_WEIGHTS[List.of(PLANT_GROUPS).indexOf(c.path("group_b").asText())]);
            assertThat(c.path("difference").asDouble()).isCloseTo(expected, within(1e-9));
        }
        // TukeyHSD(aov(weight ~ group, data = PlantGrowth))
        assertThat(adjusted.get("ctrl-trt1")).isCloseTo(0.3908711, within(1e-5));
        assertThat(adjusted.get("ctrl-trt2")).isCloseTo(0.1979960, within(1e-5));
        assertThat(adjusted.get("trt1-trt2")).isCloseTo(0.0120064, within(1e-5));

        JsonNode anova = statistics(Map.of("test_type", "anova", "file_id", plantId, "value_column", "weight",
                "group_column", "group")).data();
        assertThat(anova.path("statistic").asDouble()).isCloseTo(4.846088, within(1e-5));
        assertThat(anova.path("p_value").asDouble()).isCloseTo(0.01590996, within(1e-7));
    }

    @Test
    void shouldTestIndependenceWithTheChiSquareStatisticComputedHere() {
        ApiClient.Response r = statistics(Map.of("test_type", "chi_square", "file_id", surveyId, "row_column", "region",
                "column_column", "answer"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        long[][] counts = new long[2][3];
        List<String> answers = List.of("yes", "no", "maybe");
        for (int i = 0; i < 60; i++) {
            counts[i % 2][answers.indexOf(new String[] {"yes", "no", "maybe"}[i % 3 == 0 || i % 7 == 0 ? 0 : i % 3])]++;
        }
        double chi = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 3; b++) {
                double expected = (double) (counts[a][0] + counts[a][1] + counts[a][2]) * (counts[0][b] + counts[1][b]) / 60;
                chi += Math.pow(counts[a][b] - expected, 2) / expected;
            }
        }
        assertThat(r.data().path("statistic").asDouble()).isCloseTo(chi, within(1e-9));
        assertThat(r.data().path("degrees_of_freedom").asDouble()).isEqualTo(2.0);
        assertThat(r.data().path("p_value").asDouble())
                .isCloseTo(1 - new ChiSquaredDistribution(2).cumulativeProbability(chi), within(1e-9));
    }

    @Test
    void shouldCorrelateColumnsWithPearsonsCoefficientComputedHere() {
        ApiClient.Response r = statistics(Map.of("test_type", "correlation", "file_id", surveyId,
                "columns", List.of("x", "y")));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        double[] x = new double[60];
        double[] y = new double[60];
        for (int i = 0; i < 60; i++) {
            x[i] = i;
            y[i] = i * 0.5 + (i * 37 % 11);
        }
        JsonNode pair = r.data().path("pairs").get(0);
        assertThat(pair.path("coefficient").asDouble()).isCloseTo(pearson(x, y), within(1e-9));
        assertThat(pair.path("p_value").asDouble()).isLessThan(1e-6);
        assertThat(pair.path("confidence_interval")).hasSize(2);
    }

    @Test
    void shouldDescribeByGroupInlineAndFromAFile() {
        ApiClient.Response r = statistics(Map.of("test_type", "describe", "file_id", plantId, "columns", List.of("weight"),
                "by", "group"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode weight = r.data().get(0);
        assertThat(weight.path("overall").path("n").asInt()).isEqualTo(30);
        for (JsonNode g : weight.path("groups")) {
            int k = List.of(PLANT_GROUPS).indexOf(g.path("group").asText());
            assertThat(g.path("n").asInt()).isEqualTo(10);
            assertThat(g.path("mean").asDouble()).isCloseTo(mean(PLANT_WEIGHTS[k]), within(1e-12));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(Map.of("g", i < 5 ? "a" : "b", "v", i));
        }
        ApiClient.Response inline = statistics(Map.of("test_type", "describe", "data", rows, "by", "g"));
        assertThat(inline.status()).as(inline.raw()).isEqualTo(200);
        assertThat(inline.data().get(0).path("groups").get(1).path("mean").asDouble()).isEqualTo(7.0);
    }

    @Test
    void shouldAnswerEveryBadInputWithAClear4xx() {
        ApiClient.Response nonNumeric = statistics(Map.of("test_type", "welch", "file_id", surveyId,
                "value_column", "score", "group_column", "region"));
        assertThat(nonNumeric.status()).isEqualTo(400);
        assertThat(nonNumeric.errorCode()).isEqualTo("NON_NUMERIC_VALUES");
        assertThat(nonNumeric.body().path("error").path("message").asText()).contains("'score'", "\"abc\"", "row 18");

        ApiClient.Response oneObservation = statistics(Map.of("test_type", "welch", "file_id", surveyId,
                "value_column", "x", "group_column", "label"));
        assertThat(oneObservation.status()).as(oneObservation.raw()).isEqualTo(400);
        assertThat(oneObservation.body().path("error").path("message").asText()).contains("single");

        ApiClient.Response unknown = statistics(Map.of("test_type", "anova", "file_id", plantId,
                "value_column", "height", "group_column", "group"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("COLUMN_NOT_FOUND");
        assertThat(unknown.body().path("error").path("message").asText()).contains("weight, group");

        List<Map<String, Object>> constant = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            constant.add(Map.of("g", i % 2 == 0 ? "a" : "b", "v", 5));
        }
        ApiClient.Response flat = statistics(Map.of("test_type", "welch", "data", constant, "value_column", "v",
                "group_column", "g"));
        assertThat(flat.status()).as(flat.raw()).isEqualTo(400);
        assertThat(flat.raw()).doesNotContain("NaN");

        ApiClient.Response otherTenant = api.as(stack.tokenFor("someone-else")).postJson("/api/v2/analytics/statistics",
                Map.of("test_type", "welch", "file_id", sleepId, "value_column", "extra", "group_column", "group"));
        assertThat(otherTenant.status()).isEqualTo(404);
        assertThat(statistics(Map.of("test_type", "welch")).status()).isEqualTo(400);
        assertThat(api.as(null).postJson("/api/v2/analytics/statistics", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void shouldDescribeTheAnalyticsBodiesInTheOpenApiDocument() {
        JsonNode paths = api.get("/api/v2/openapi.json").body().path("paths");
        for (String route : List.of("statistics", "forecast", "anomalies")) {
            JsonNode post = paths.path("/api/v2/analytics/" + route).path("post");
            assertThat(post.path("requestBody").path("content").path("application/json").path("schema")
                    .path("properties").has("file_id")).as(route).isTrue();
        }
        assertThat(paths.path("/api/v2/analytics/statistics").path("post").path("requestBody").toString())
                .contains("test_type", "chi_square", "column_column");
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
