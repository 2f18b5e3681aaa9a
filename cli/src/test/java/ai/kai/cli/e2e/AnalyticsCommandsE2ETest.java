package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.Kai;
import ai.kai.json.Json;

/** {@code kai stats describe|test|correlate} and {@code kai forecast predict|detect} against a real local stack. */
class AnalyticsCommandsE2ETest {
    static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
    static final Set<Integer> SPIKES = Set.of(20, 47);
    @TempDir
    static Path dir;
    static LocalStackFixture local;
    static Path sleep;
    static Path sales;
    static String sleepId;

    @BeforeAll
    static void start() throws IOException {
        local = new LocalStackFixture(dir.resolve("stack"), "analysts");
        StringBuilder csv = new StringBuilder("extra,group,ID,answer,note\n");
        for (int g = 1; g <= 2; g++) {
            for (int i = 0; i < 10; i++) {
                csv.append(g == 1 ? SLEEP_1[i] : SLEEP_2[i]).append(',').append(g).append(',').append(i + 1).append(',')
                        .append(i % 3 == 0 ? "yes" : "no").append(',').append(i == 4 ? "n/a" : String.valueOf(i)).append('\n');
            }
        }
        sleep = Files.writeString(dir.resolve("sleep.csv"), csv);
        sleepId = local.upload(sleep, "--name", "sleep-named.csv");
        StringBuilder series = new StringBuilder("month,sales\n");
        for (int i = 0; i < 72; i++) {
            double v = 200 + 2 * i + 40 * Math.sin(2 * Math.PI * i / 12) + (i * 7 % 5);
            series.append(LocalDate.of(2018, 1, 1).plusMonths(i)).append(',')
                    .append(SPIKES.contains(i) ? v + 300 : v).append('\n');
        }
        sales = Files.writeString(dir.resolve("monthly.csv"), series);
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void shouldRunWelchsTestOnALocalFileAsRDoesAndExplainIt() {
        Kai.Run run = local.kai("stats", "test", "--file", sleep.toString(), "--test", "welch", "--value", "extra",
                "--group", "group");
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).contains("Welch", "-1.86081", "17.7765", "0.07939", "[-3.36548, 0.205483]",
                "does not differ significantly");
    }

    @Test
    void shouldPassTheResponseThroughAsReceivedWithJson() {
        Kai.Run run = local.kai("stats", "test", "--file", sleepId, "--test", "welch", "--value", "extra",
                "--group", "group", "--groups", "2,1", "--json");
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        JsonNode body = json(run.out());
        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(body.path("data").path("statistic").asDouble()).isCloseTo(1.860813, within(1e-6));
        assertThat(body.path("data").path("effect_size").path("name").asText()).isNotBlank();

        Kai.Run describe = local.kai("stats", "describe", "--file", "sleep-named.csv", "--columns", "extra",
                "--by", "group", "--json");
        assertThat(describe.exitCode()).as(describe.transcript()).isZero();
        assertThat(json(describe.out()).path("data").get(0).path("groups")).hasSize(2);
    }

    @Test
    void shouldDescribeByGroupCorrelateAndCrossTabulate() {
        Kai.Run describe = local.kai("stats", "describe", "--file", sleepId, "--by", "group");
        assertThat(describe.exitCode()).as(describe.transcript()).isZero();
        assertThat(describe.out()).contains("extra", "(all)", "0.75", "2.33", "1.54");

        Kai.Run correlate = local.kai("stats", "correlate", "--file", sleepId, "--columns", "extra,ID", "--method", "spearman");
        assertThat(correlate.exitCode()).as(correlate.transcript()).isZero();
        assertThat(correlate.out()).contains("extra", "ID", "spearman");

        Kai.Run chi = local.kai("stats", "test", "--file", sleepId, "--test", "fisher", "--row", "group", "--column", "answer");
        assertThat(chi.exitCode()).as(chi.transcript()).isZero();
        assertThat(chi.out()).contains("Fisher", "p_value");

        Kai.Run tukey = local.kai("stats", "test", "--file", sleepId, "--test", "tukey", "--value", "extra", "--group", "group");
        assertThat(tukey.exitCode()).as(tukey.transcript()).isZero();
        assertThat(tukey.out()).contains("group_a", "-1.58");
    }

    @Test
    void shouldExitThreeWithTheApisReasonWhenItRefuses() {
        Kai.Run unknown = local.kai("stats", "test", "--file", sleepId, "--test", "anova", "--value", "weight",
                "--group", "group");
        assertThat(unknown.exitCode()).as(unknown.transcript()).isEqualTo(3);
        assertThat(unknown.err()).contains("COLUMN_NOT_FOUND", "extra, group");

        Kai.Run nonNumeric = local.kai("stats", "correlate", "--file", sleepId, "--columns", "extra,note", "--json");
        assertThat(nonNumeric.exitCode()).as(nonNumeric.transcript()).isEqualTo(3);
        assertThat(json(nonNumeric.out()).path("error").path("code").asText()).isEqualTo("NON_NUMERIC_VALUES");

        Kai.Run tooShort = local.kai("forecast", "predict", "--file", sleepId, "--date", "ID", "--value", "extra",
                "--periods", "3");
        assertThat(tooShort.exitCode()).as(tooShort.transcript()).isEqualTo(3);

        Kai.Run usage = local.kai("stats", "test", "--file", sleepId, "--test", "z_test", "--value", "extra", "--group", "group");
        assertThat(usage.exitCode()).isEqualTo(2);
    }

    @Test
    void shouldForecastAndDrawTheForecastAsAPng() throws IOException {
        Path png = dir.resolve("forecast.png");
        Kai.Run run = local.kai("forecast", "predict", "--file", sales.toString(), "--date", "month", "--value", "sales",
                "--periods", "6", "--model", "ets", "--chart", png.toString());
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).contains("2024-01-01", "2024-06-01", "lower 95%");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(800);

        Kai.Run json = local.kai("forecast", "predict", "--file", "monthly.csv", "--date", "month", "--value", "sales",
                "--periods", "6", "--json");
        assertThat(json.exitCode()).as(json.transcript()).isZero();
        JsonNode f = json(json.out()).path("data");
        assertThat(f.path("forecast_values")).hasSize(6);
        assertThat(f.path("lower_bound").get(0).asDouble()).isLessThan(f.path("upper_bound").get(0).asDouble());
    }

    @Test
    void shouldDetectThePlantedSpikesAndMarkThemOnAPng() throws IOException {
        Path png = dir.resolve("anomalies.png");
        Kai.Run run = local.kai("forecast", "detect", "--file", sales.toString(), "--value", "sales", "--date", "month",
                "--chart", png.toString());
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).contains("2019-09-01", "2021-12-01");
        assertThat(ImageIO.read(png.toFile())).isNotNull();

        Kai.Run json = local.kai("forecast", "detect", "--file", "monthly.csv", "--value", "sales", "--method", "iqr", "--json");
        assertThat(json.exitCode()).as(json.transcript()).isZero();
        assertThat(json(json.out()).path("data").path("method_selected").asText()).isEqualTo("iqr");

        Kai.Run constant = local.kai("forecast", "detect", "--file", sleepId, "--value", "nope");
        assertThat(constant.exitCode()).isEqualTo(3);
    }

    private static JsonNode json(String out) {
        return Json.parseRequest(out);
    }
}
