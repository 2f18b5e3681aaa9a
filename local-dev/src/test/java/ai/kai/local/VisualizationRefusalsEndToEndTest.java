package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake in a chart request is a 4xx whose code is stable and whose message says what to change. */
class VisualizationRefusalsEndToEndTest {
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;
    static String fileId;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("mistakes"));
        fileId = api.postJson("/api/v2/files/upload", Map.of("name", "sales.csv", "content", SalesRows.csv(500)))
                .data().path("file_id").asText();
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static ApiClient.Response inline(String type, Map<String, Object> config, List<Map<String, Object>> rows) {
        return api.postJson("/api/v2/visualizations/generate", Map.of("chart_type", type, "config", config, "data", rows));
    }

    static ApiClient.Response file(String type, Map<String, Object> config) {
        return api.postJson("/api/v2/visualizations/generate", Map.of("chart_type", type, "config", config, "file_id", fileId));
    }

    static void assertRefused(ApiClient.Response r, int status, String code, String... messageParts) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.errorCode()).as(r.raw()).isEqualTo(code);
        for (String part : messageParts) {
            assertThat(r.body().path("error").path("message").asText()).as(r.raw()).contains(part);
        }
    }

    static final List<Map<String, Object>> ROWS = List.of(Map.of("region", "North", "revenue", 4),
            Map.of("region", "South", "revenue", 6));

    @Test
    void shouldNameAnUnknownColumnAndTheColumnsThereAre() {
        assertRefused(inline("bar", Map.of("x", "regoin", "y", "revenue"), ROWS), 400, "CHART_COLUMN_NOT_FOUND",
                "'regoin'", "available columns: ", "region", "revenue");
        assertRefused(file("bar", Map.of("x", "regoin", "y", "revenue")), 400, "CHART_COLUMN_NOT_FOUND", "'regoin'",
                "region", "product", "day");
    }

    @Test
    void shouldRefuseTextWhereANumericChartNeedsNumbers() {
        assertRefused(inline("line", Map.of("x", "revenue", "y", "region"), ROWS), 400, "CHART_NEEDS_NUMERIC",
                "'region' holds text", "numeric columns in the data: revenue");
        assertRefused(file("bar", Map.of("x", "day", "y", "product")), 400, "CHART_NEEDS_NUMERIC", "'product' holds text",
                "revenue");
    }

    @Test
    void shouldRefuseAPieWithTooManySlicesAndSuggestABar() {
        assertRefused(file("pie", Map.of("x", "code", "y", "revenue")), 400, "TOO_MANY_CATEGORIES", "500 distinct values",
                "bar chart");
    }

    @Test
    void shouldRefuseEmptyData() {
        assertRefused(inline("bar", Map.of("x", "region", "y", "revenue"), List.of()), 400, "CHART_EMPTY_DATA", "no rows");
        assertRefused(api.postJson("/api/v2/visualizations/generate", Map.of("chart_type", "bar", "file_id", fileId,
                        "sql", "SELECT * FROM data WHERE revenue < 0", "config", Map.of("x", "region", "y", "revenue"))),
                400, "CHART_EMPTY_DATA", "no rows", "filters");
        assertRefused(api.postJson("/api/v2/visualizations/recommend", Map.of("data", List.of())), 400, "CHART_EMPTY_DATA");
    }

    @Test
    void shouldRefuseUnknownThemesTypesFormatsAndSources() {
        assertRefused(inline("bar", Map.of("x", "region", "y", "revenue", "theme", "neon"), ROWS), 404, "THEME_NOT_FOUND",
                "'neon'", "default, dark");
        assertRefused(inline("radar", Map.of("x", "region"), ROWS), 400, "UNKNOWN_CHART_TYPE", "scatter_3d");
        assertRefused(api.postJson("/api/v2/visualizations/generate", Map.of("chart_type", "bar")), 400, "MISSING_FIELD", "data");
        assertRefused(api.postJson("/api/v2/visualizations/generate", Map.of("chart_type", "bar", "file_id", "f_nope",
                "config", Map.of("x", "region", "y", "revenue"))), 404, "FILE_NOT_FOUND");
        assertRefused(api.postJson("/api/v2/visualizations/generate", Map.of("chart_type", "bar", "file_id", fileId,
                "sql", "DROP TABLE data", "config", Map.of("x", "region", "y", "revenue"))), 403, "SQL_NOT_READ_ONLY");
        assertRefused(api.postJson("/api/v2/visualizations/recommend", Map.of("data", ROWS, "intent", "impress")), 400,
                "INVALID_REQUEST", "trend");
        String vizId = inline("bar", Map.of("x", "region", "y", "revenue"), ROWS).data().path("viz_id").asText();
        String export = "/api/v2/visualizations/" + vizId + "/export";
        assertRefused(api.postJson(export, Map.of("format", "gif")), 400, "UNSUPPORTED_EXPORT_FORMAT", "png");
        assertRefused(api.postJson(export, Map.of("format", "png", "dpi", 5000)), 400, "INVALID_EXPORT_OPTIONS", "dpi");
        assertRefused(api.get("/api/v2/visualizations/" + vizId + "?format=png"), 400, "INVALID_REQUEST", "export");
    }
}
