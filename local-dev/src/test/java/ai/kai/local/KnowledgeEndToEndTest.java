package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Memory, skills and semantic layers through the local gateway, DynamoDB Local and s3proxy, per tenant. */
class KnowledgeEndToEndTest {
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;
    static ApiClient other;
    static String fileId;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("analysts"));
        other = api.as(stack.tokenFor("strangers"));
        StringBuilder csv = new StringBuilder("order_id,order_date,region,units,unit_price,revenue\n");
        for (int i = 1; i <= 400; i++) {
            csv.append("o").append(i).append(",2025-").append(String.format("%02d", 1 + i % 12)).append("-15,")
                    .append(new String[] {"North", "South", "East", "West"}[i % 4]).append(',').append(1 + i % 5).append(',')
                    .append(10 + i % 3).append(".5,").append((1 + i % 5) * (10 + i % 3 + 0.5)).append('\n');
        }
        fileId = api.postJson("/api/v2/files/upload", Map.of("name", "orders.csv", "content", csv.toString()))
                .data().path("file_id").asText();
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void shouldRememberRecallAndForgetPerTenant() {
        ApiClient.Response saved = api.postJson("/api/v2/memory", Map.of("fact", "Our fiscal year starts in April"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(201);
        String id = saved.data().path("memory").path("id").asText();
        api.postJson("/api/v2/memory", Map.of("fact", "Revenue excludes VAT", "source", "agent"));
        ApiClient.Response again = api.postJson("/api/v2/memory", Map.of("fact", "our fiscal year starts in april."));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.data().path("duplicate").asBoolean()).isTrue();

        JsonNode hits = api.get("/api/v2/memory/search?q=when%20does%20the%20financial%20year%20begin&limit=2").data();
        assertThat(hits.path("results").get(0).path("memory").path("id").asText()).isEqualTo(id);
        assertThat(api.get("/api/v2/memory").data().path("memories")).hasSize(2);
        assertThat(other.get("/api/v2/memory/search?q=fiscal%20year").data().path("results")).isEmpty();
        assertThat(other.delete("/api/v2/memory/" + id).errorCode()).isEqualTo("MEMORY_NOT_FOUND");

        assertThat(api.delete("/api/v2/memory/" + id).status()).isEqualTo(200);
        assertThat(api.get("/api/v2/memory").data().path("memories")).hasSize(1);
        assertThat(api.get("/api/v2/memory/search").errorCode()).isEqualTo("MISSING_FIELD");
        assertThat(api.postJson("/api/v2/memory", Map.of("fact", "")).status()).isEqualTo(400);
    }

    @Test
    void shouldCreateSearchShowAndDeleteSkills() {
        String md = "---\nname: margin-review\ndescription: Review gross margin by product line and flag the weakest.\n"
                + "tags: [margin, profitability]\n---\n# Margin review\n1. Compute margin per product.\n";
        ApiClient.Response created = api.postBytes("/api/v2/skills", "text/markdown", md.getBytes());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(api.postBytes("/api/v2/skills", "text/markdown", md.getBytes()).errorCode()).isEqualTo("SKILL_ALREADY_EXISTS");

        JsonNode found = api.get("/api/v2/skills/search?q=which%20products%20are%20least%20profitable&limit=3").data();
        assertThat(found.path("results").get(0).path("skill").path("name").asText()).isEqualTo("margin-review");
        assertThat(api.get("/api/v2/skills").data().path("skills").findValuesAsText("name"))
                .contains("cohort-analysis", "period-over-period", "data-quality-checks", "margin-review");
        assertThat(other.get("/api/v2/skills").data().path("skills").findValuesAsText("name")).doesNotContain("margin-review");
        assertThat(api.getText("/api/v2/skills/margin-review?format=markdown").getValue()).contains("# Margin review");
        assertThat(other.get("/api/v2/skills/margin-review").status()).isEqualTo(404);
        assertThat(api.postBytes("/api/v2/skills", "text/markdown", "no front matter".getBytes()).errorCode())
                .isEqualTo("INVALID_SKILL");
        assertThat(api.delete("/api/v2/skills/margin-review").status()).isEqualTo(200);
        assertThat(api.delete("/api/v2/skills/cohort-analysis").status()).isEqualTo(400);
    }

    @Test
    void shouldGenerateValidateStoreAndExportASemanticLayer() {
        ApiClient.Response draft = api.postJson("/api/v2/mdl/generate", Map.of("file_id", fileId));
        assertThat(draft.status()).as(draft.raw()).isEqualTo(200);
        String yaml = draft.data().path("yaml").asText();
        assertThat(yaml).contains("source: " + fileId).contains("total_revenue").contains("time_dimension: order_date");

        ApiClient.Response checked = api.postBytes("/api/v2/mdl/" + fileId + "/validate", "application/yaml", yaml.getBytes());
        assertThat(checked.status()).as(checked.raw()).isEqualTo(200);
        assertThat(checked.data().path("valid").asBoolean()).as(checked.raw()).isTrue();

        ApiClient.Response stored = api.put("/api/v2/mdl/" + fileId, "application/yaml", yaml);
        assertThat(stored.status()).as(stored.raw()).isEqualTo(200);
        assertThat(api.getText("/api/v2/mdl/" + fileId + "?format=yaml").getValue()).isEqualTo(yaml);
        assertThat(api.postBytes("/api/v2/mdl/" + fileId + "/validate", "application/yaml", new byte[0])
                .data().path("valid").asBoolean()).isTrue();
        assertThat(other.get("/api/v2/mdl/" + fileId).errorCode()).isEqualTo("MDL_NOT_FOUND");

        String broken = yaml.replace("SUM(revenue)", "SUM(revenu)");
        JsonNode problems = api.postBytes("/api/v2/mdl/" + fileId + "/validate", "application/yaml", broken.getBytes()).data();
        assertThat(problems.path("valid").asBoolean()).isFalse();
        assertThat(problems.path("problems").get(0).path("path").asText()).endsWith(".expression");
        assertThat(problems.path("problems").get(0).path("line").asInt()).isGreaterThan(1);

        ApiClient.Response bad = api.put("/api/v2/mdl/" + fileId, "application/yaml", "source: " + fileId + "\nmodels: [\n");
        assertThat(bad.errorCode()).isEqualTo("INVALID_MDL");
        assertThat(bad.body().path("error").path("message").asText()).startsWith("line ");
        assertThat(other.postJson("/api/v2/mdl/generate", Map.of("file_id", fileId)).errorCode()).isEqualTo("FILE_NOT_FOUND");
    }
}
