package ai.kai.infra;

import static ai.kai.infra.TemplateFacts.allowedActions;
import static ai.kai.infra.TemplateFacts.map;
import static ai.kai.infra.TemplateFacts.statements;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.kai.functions.catalog.Access;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;

/** The agent functions get the model settings and a grant to read the API key secret; no other function does. */
class LlmWiringTest {
    static final String SECRET = "kai/llm-api-key";
    private static SynthesizedKai kai;

    @BeforeAll
    static void synthesize() {
        kai = SynthesizedKai.of("llm", Map.of("llmProvider", "openai", "llmModel", "gpt-4o-mini", "llmApiKeySecret", SECRET),
                FunctionCatalog.all());
    }

    static Map<String, Object> environment(String function) {
        return map(map(TemplateFacts.functionProperties(kai, function).get("Environment")).get("Variables"));
    }

    @Test
    void shouldGiveTheAgentFunctionsTheModelAndTheSecretReferenceOnly() {
        for (FunctionSpec f : FunctionCatalog.all()) {
            Map<String, Object> env = environment(f.name());
            if (f.access().contains(Access.LLM_SECRET)) {
                assertThat(env).as(f.name()).containsEntry("KAI_LLM_PROVIDER", "openai")
                        .containsEntry("KAI_LLM_MODEL", "gpt-4o-mini").containsEntry("KAI_LLM_API_KEY_SECRET_ARN", SECRET)
                        .doesNotContainKey("KAI_LLM_API_KEY");
                assertThat(allowedActions(kai, f.name())).as(f.name()).contains("secretsmanager:GetSecretValue");
            } else {
                assertThat(env).as(f.name()).doesNotContainKeys("KAI_LLM_PROVIDER", "KAI_LLM_API_KEY_SECRET_ARN");
                assertThat(allowedActions(kai, f.name())).as(f.name()).doesNotContain("secretsmanager:GetSecretValue");
            }
        }
        assertThat(FunctionCatalog.byName("kai-files-analyze").orElseThrow().access()).contains(Access.LLM_SECRET);
        assertThat(FunctionCatalog.byName("kai-agent-worker").orElseThrow().access()).contains(Access.LLM_SECRET);
    }

    @Test
    void shouldLetOnlyTheRunCreatorDropTaskMarkersOutsideTenantData() {
        assertThat(statements(kai, "kai-agent-runs-create").toString()).contains("AgentQueue", "agent-runs/*");
        assertThat(allowedActions(kai, "kai-agent-runs-create")).doesNotContain("s3:GetObject");
        assertThat(statements(kai, "kai-files-upload").toString()).doesNotContain("agent-runs/");
    }
}
