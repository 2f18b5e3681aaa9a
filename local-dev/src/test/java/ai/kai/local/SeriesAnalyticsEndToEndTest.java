package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * POST /api/v2/analytics/forecast and /anomalies on the real local stack, over R's AirPassengers uploaded as a
 * file (with planted spikes for the anomalies), and the refusals of series that cannot be analysed.
 */
class SeriesAnalyticsEndToEndTest {
    static final Set<Integer> SPIKES = Set.of(30, 75, 122);
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;
    static List<String> air;
    static String airId;
    static String spikedId;
    static String badId;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("forecaster"));
        air = SharedData.forecast("AirPassengers");
        airId = upload("air.csv", String.join("\n", air) + "\n");
        StringBuilder spiked = new StringBuilder("month,passengers\n");
        for (int i = 1; i < air.size(); i++) {
            String[] cells = air.get(i).split(",");
            double v = Double.parseDouble(cells[1]);
            spiked.append(cells[0]).append(',').append(SPIKES.contains(i - 1) ? v * 1.8 : v).append('\n');
        }
        spikedId = upload("spiked.csv", spiked.toString());
        StringBuilder bad = new StringBuilder("day,amount,flat,when\n");
        for (int i = 0; i < 30; i++) {
            bad.append(LocalDate.of(2024, 1, 1).plusDays(i)).append(',').append(i == 12 ? "n/a!" : String.valueOf(i * 3 % 7))
                    .append(",5,").append(i == 20 ? "someday" : LocalDate.of(2024, 1, 1).plusDays(i).toString()).append('\n');
        }
        badId = upload("bad.csv", bad.toString());
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

    @Test
    void shouldForecastAirPassengersAYearAheadWithIntervalsAndMetrics() {
        ApiClient.Response r = api.postJson("/api/v2/analytics/forecast", Map.of("file_id", airId, "date_column", "ds",
                "value_column", "y", "periods", 12));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode f = r.data();
        assertThat(f.path("model_name").asText()).isNotBlank();
        assertThat(f.path("confidence_level").asDouble()).isEqualTo(0.95);
        List<String> expectedDates = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            expectedDates.add(LocalDate.of(1961, m, 1).toString());
        }
        List<String> dates = new ArrayList<>();
        f.path("forecast_dates").forEach(d -> dates.add(d.asText()));
        assertThat(dates).containsExactlyElementsOf(expectedDates);
        for (int i = 0; i < 12; i++) {
            double value = f.path("forecast_values").get(i).asDouble();
            assertThat(f.path("lower_bound").get(i).asDouble()).isLessThanOrEqualTo(value);
            assertThat(f.path("upper_bound").get(i).asDouble()).isGreaterThanOrEqualTo(value);
            assertThat(value).isBetween(300.0, 800.0);
        }
        assertThat(f.path("metrics").path("mase").isNumber()).as(f.path("metrics").toString()).isTrue();
        assertThat(f.path("interpretation").path("summary").asText()).isNotBlank();
    }

    @Test
    void shouldFindThePlantedSpikesOfASeasonalSeries() {
        ApiClient.Response r = api.postJson("/api/v2/analytics/anomalies", Map.of("file_id", spikedId,
                "value_column", "passengers", "date_column", "month"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        List<Integer> flagged = new ArrayList<>();
        for (JsonNode a : r.data().path("anomalies")) {
            flagged.add(a.path("index").asInt());
            assertThat(a.has("date") && a.has("value") && a.has("expected") && a.has("score") && a.has("reason")).isTrue();
        }
        assertThat(flagged).containsAll(SPIKES);
        assertThat(flagged.size()).isLessThanOrEqualTo(SPIKES.size() + 2);
        assertThat(r.data().path("method").asText()).isEqualTo("auto");
        JsonNode first = r.data().path("anomalies").get(flagged.indexOf(30));
        assertThat(first.path("date").asText()).isEqualTo(air.get(31).split(",")[0]);

        ApiClient.Response zscore = api.postJson("/api/v2/analytics/anomalies", Map.of("file_id", spikedId,
                "value_column", "passengers", "method", "iqr"));
        assertThat(zscore.status()).as(zscore.raw()).isEqualTo(200);
        assertThat(zscore.data().path("method_selected").asText()).isEqualTo("iqr");
    }

    @Test
    void shouldRefuseSeriesThatCannotBeAnalysedWithClear4xx() {
        List<Map<String, Object>> few = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            few.add(Map.of("d", "2024-01-0" + (i + 1), "v", i * 2 + 1));
        }
        assertRefused(api.postJson("/api/v2/analytics/forecast", Map.of("data", few, "date_column", "d",
                "value_column", "v", "periods", 3)), "FORECAST_TOO_FEW_POINTS");
        assertRefused(api.postJson("/api/v2/analytics/anomalies", Map.of("data", few, "value_column", "v")), "TOO_FEW_POINTS");
        assertRefused(api.postJson("/api/v2/analytics/forecast", Map.of("file_id", badId, "date_column", "day",
                "value_column", "flat", "periods", 3)), "FORECAST_CONSTANT_SERIES");
        assertRefused(api.postJson("/api/v2/analytics/anomalies", Map.of("file_id", badId, "value_column", "flat")),
                "CONSTANT_SERIES");
        ApiClient.Response nonNumeric = api.postJson("/api/v2/analytics/forecast", Map.of("file_id", badId,
                "date_column", "day", "value_column", "amount", "periods", 3));
        assertRefused(nonNumeric, "NON_NUMERIC_VALUES");
        assertThat(nonNumeric.body().path("error").path("message").asText()).contains("n/a!");
        assertRefused(api.postJson("/api/v2/analytics/anomalies", Map.of("file_id", badId, "value_column", "amount")),
                "NON_NUMERIC_VALUE");
        ApiClient.Response dates = api.postJson("/api/v2/analytics/forecast", Map.of("file_id", badId,
                "date_column", "when", "value_column", "flat", "periods", 3));
        assertRefused(dates, "UNPARSEABLE_DATES");
        assertThat(dates.body().path("error").path("message").asText()).contains("someday");
        assertRefused(api.postJson("/api/v2/analytics/anomalies", Map.of("file_id", badId, "value_column", "flat",
                "date_column", "when")), "INVALID_DATE");
        assertRefused(api.postJson("/api/v2/analytics/forecast", Map.of("file_id", airId, "date_column", "ds",
                "value_column", "passengers", "periods", 3)), "COLUMN_NOT_FOUND");
        assertRefused(api.postJson("/api/v2/analytics/forecast", Map.of("file_id", airId, "date_column", "ds",
                "value_column", "y", "periods", 3, "model", "magic")), "FORECAST_INVALID_REQUEST");
        assertThat(api.as(stack.tokenFor("intruder")).postJson("/api/v2/analytics/anomalies",
                Map.of("file_id", airId, "value_column", "y")).status()).isEqualTo(404);
    }

    static void assertRefused(ApiClient.Response r, String code) {
        assertThat(r.status()).as(r.raw()).isBetween(400, 499);
        assertThat(r.errorCode()).as(r.raw()).isEqualTo(code);
        assertThat(r.raw()).doesNotContain("NaN").doesNotContain("Exception");
    }
}
