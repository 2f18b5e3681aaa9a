package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Custom chart themes: created, listed and deleted per tenant, and charts drawn in their colours. */
class VisualizationThemesEndToEndTest {
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;

    @BeforeAll
    static void start() {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("designers"));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static List<String> themeNames(ApiClient client) {
        ApiClient.Response r = client.get("/api/v2/visualizations/themes");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.data().path("themes").findValuesAsText("name");
    }

    static ApiClient.Response chart(String theme) {
        return api.postJson("/api/v2/visualizations/generate", Map.of("chart_type", "bar", "data", List.of(
                Map.of("region", "North", "revenue", 3, "product", "A"), Map.of("region", "South", "revenue", 5, "product", "B")),
                "config", Map.of("x", "region", "y", "revenue", "color", "product", "theme", theme)));
    }

    @Test
    void shouldCreateListUseAndDeleteACustomTheme() {
        assertThat(themeNames(api)).containsExactly("default", "dark");
        ApiClient.Response created = api.postJson("/api/v2/visualizations/themes", Map.of("name", "brand",
                "colorway", List.of("#123456", "#abcdef"), "paper_background", "#fafafa", "font_family", "Georgia, serif"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.data().path("built_in").asBoolean()).isFalse();
        assertThat(themeNames(api)).containsExactly("default", "dark", "brand");
        assertThat(themeNames(api.as(stack.tokenFor("another-team")))).containsExactly("default", "dark");

        ApiClient.Response r = chart("brand");
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        JsonNode figure = r.data().path("figure");
        assertThat(figure.path("data").findValuesAsText("color")).contains("#123456", "#abcdef");
        assertThat(figure.at("/layout/paper_bgcolor").asText()).isEqualTo("#fafafa");
        assertThat(figure.at("/layout/colorway/0").asText()).isEqualTo("#123456");

        assertThat(api.postJson("/api/v2/visualizations/themes", Map.of("name", "brand")).status()).isEqualTo(409);
        assertThat(api.delete("/api/v2/visualizations/themes/brand").status()).isEqualTo(200);
        assertThat(themeNames(api)).containsExactly("default", "dark");
        assertThat(api.delete("/api/v2/visualizations/themes/brand").status()).isEqualTo(404);
        assertThat(chart("brand").errorCode()).isEqualTo("THEME_NOT_FOUND");
    }

    @Test
    void shouldDrawTheDarkThemeAndRefuseBadThemes() {
        ApiClient.Response dark = chart("dark");
        assertThat(dark.status()).as(dark.raw()).isEqualTo(201);
        assertThat(dark.data().path("figure").at("/layout/paper_bgcolor").asText()).isEqualTo("#111111");
        ApiClient.Response badColour = api.postJson("/api/v2/visualizations/themes", Map.of("name", "x", "colorway", List.of("red")));
        assertThat(badColour.status()).isEqualTo(400);
        assertThat(badColour.errorCode()).isEqualTo("INVALID_THEME");
        assertThat(badColour.body().path("error").path("message").asText()).contains("#rrggbb");
        assertThat(api.postJson("/api/v2/visualizations/themes", Map.of("colorway", List.of("#000000"))).status()).isEqualTo(400);
        assertThat(api.delete("/api/v2/visualizations/themes/dark").status()).isEqualTo(400);
        assertThat(api.postJson("/api/v2/visualizations/themes", Map.of("name", "dark")).status()).isEqualTo(409);
    }
}
