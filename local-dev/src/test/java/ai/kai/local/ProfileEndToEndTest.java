package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Profiles made on arrival, served as JSON and as an offline HTML report; inline and on-demand profiles. */
class ProfileEndToEndTest {
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;
    static String token;
    static String fileId;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        token = stack.tokenFor("profiler");
        api = new ApiClient(stack.endpoint(), token);
        StringBuilder csv = new StringBuilder("id,region,amount,note\n");
        for (int i = 1; i <= 500; i++) {
            csv.append(i).append(',').append(i % 3 == 0 ? "North" : "South").append(',')
                    .append(i % 50 == 0 ? "" : String.valueOf(i * 2)).append(",<b>x</b>\n");
        }
        fileId = api.postJson("/api/v2/files/upload", Map.of("name", "p.csv", "content", csv.toString())).data().path("file_id").asText();
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void shouldProfileOnArrivalAndServeTheProfile() {
        JsonNode file = api.get("/api/v2/files/" + fileId).data();
        assertThat(file.path("profile").path("status").asText()).as(file.toString()).isEqualTo("ready");
        JsonNode profile = api.get("/api/v2/files/" + fileId + "/profile").data();
        assertThat(profile.path("row_count").asLong()).isEqualTo(500);
        JsonNode amount = null;
        for (JsonNode c : profile.path("columns")) {
            if (c.path("name").asText().equals("amount")) {
                amount = c;
            }
        }
        assertThat(amount).isNotNull();
        assertThat(amount.path("nulls").asLong()).isEqualTo(10);
        assertThat(amount.path("min").asLong()).isEqualTo(2);
    }

    @Test
    void shouldServeTheHtmlReportOfflineAndEscaped() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(stack.endpoint() + "/api/v2/files/" + fileId + "/profile?format=html"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("<svg").contains("region").doesNotContain("<b>x</b>").doesNotContain("<script src");
    }

    @Test
    void shouldProfileInlineRowsAndRefreshAFile() {
        ApiClient.Response inline = api.postJson("/api/v2/analytics/profile", Map.of("data", List.of(
                Map.of("a", 1, "b", "x"), Map.of("a", 2, "b", "y"), Map.of("a", 3, "b", "x"))));
        assertThat(inline.status()).as(inline.raw()).isEqualTo(200);
        assertThat(inline.data().path("row_count").asLong()).isEqualTo(3);
        ApiClient.Response refreshed = api.postJson("/api/v2/analytics/profile", Map.of("file_id", fileId, "format", "html"));
        assertThat(refreshed.status()).as(refreshed.raw()).isEqualTo(200);
        assertThat(refreshed.data().path("report_html").asText()).startsWith("<!DOCTYPE html>");
        assertThat(api.postJson("/api/v2/analytics/profile", Map.of("data", List.of())).status()).isEqualTo(400);
        assertThat(api.as(stack.tokenFor("other")).get("/api/v2/files/" + fileId + "/profile").status()).isEqualTo(404);
    }
}
