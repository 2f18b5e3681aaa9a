package ai.kai.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

class LlmSettingsTest {
    static Optional<LlmSettings> from(Map<String, String> env) {
        return LlmSettings.from(k -> Optional.ofNullable(env.get(k)), arn -> "sk-from-" + arn);
    }

    @Test
    void shouldBeAbsentWithoutAProviderAndAnswerLlmNotConfigured() {
        assertThat(from(Map.of())).isEmpty();
        assertThatThrownBy(() -> LlmSettings.require(from(Map.of()))).isInstanceOf(KaiException.class)
                .satisfies(e -> assertThat(((KaiException) e).code()).isEqualTo(ErrorCode.LLM_NOT_CONFIGURED))
                .satisfies(e -> assertThat(((KaiException) e).httpStatus()).isBetween(400, 499))
                .hasMessageContaining("KAI_LLM_PROVIDER");
    }

    @Test
    void shouldNeverShowTheKeyInTextOrErrors() {
        LlmSettings s = from(Map.of("KAI_LLM_PROVIDER", "openai", "KAI_LLM_MODEL", "gpt-x", "KAI_LLM_API_KEY", "sk-very-secret"))
                .orElseThrow();
        assertThat(s.apiKey()).contains("sk-very-secret");
        assertThat(s.toString()).doesNotContain("sk-very-secret").contains("apiKey=(set)");
        assertThatThrownBy(() -> from(Map.of("KAI_LLM_PROVIDER", "gpt", "KAI_LLM_API_KEY", "sk-very-secret")))
                .hasMessageNotContaining("sk-very-secret").hasMessageContaining("openai|anthropic|gemini|ollama|bedrock");
    }

    @Test
    void shouldRequireAKeyForHostedProvidersButNotForOllamaAndReadItFromTheSecretWhenDeployed() {
        assertThatThrownBy(() -> from(Map.of("KAI_LLM_PROVIDER", "anthropic", "KAI_LLM_MODEL", "m")))
                .hasMessageContaining("KAI_LLM_API_KEY");
        assertThat(from(Map.of("KAI_LLM_PROVIDER", "ollama", "KAI_LLM_MODEL", "llama3"))).isPresent();
        assertThat(from(Map.of("KAI_LLM_PROVIDER", "gemini", "KAI_LLM_MODEL", "m", "KAI_LLM_API_KEY_SECRET_ARN", "kai/key"))
                .orElseThrow().apiKey()).contains("sk-from-kai/key");
    }

    @Test
    void shouldTakeAnOpenAiCompatibleServerOfOnesOwnWithoutAKeyButNotOpenAiItself() {
        assertThat(from(Map.of("KAI_LLM_PROVIDER", "openai", "KAI_LLM_MODEL", "qwen2.5", "KAI_LLM_BASE_URL",
                "http://localhost:8000/v1")).orElseThrow().apiKey()).isEmpty();
        assertThatThrownBy(() -> from(Map.of("KAI_LLM_PROVIDER", "openai", "KAI_LLM_MODEL", "gpt-x")))
                .hasMessageContaining("KAI_LLM_API_KEY");
    }

    @Test
    void shouldRefuseAMalformedTimeoutOrStreamingFlagWithTheSettingNamed() {
        Map<String, String> base = Map.of("KAI_LLM_PROVIDER", "ollama", "KAI_LLM_MODEL", "llama3");
        for (var bad : Map.of("KAI_LLM_TIMEOUT_SECONDS", "60s", "KAI_LLM_STREAMING", "yes").entrySet()) {
            Map<String, String> env = new java.util.HashMap<>(base);
            env.put(bad.getKey(), bad.getValue());
            assertThatThrownBy(() -> from(env)).isInstanceOf(KaiException.class)
                    .satisfies(e -> assertThat(((KaiException) e).code()).isEqualTo(ErrorCode.LLM_NOT_CONFIGURED))
                    .hasMessageContaining(bad.getKey()).hasMessageContaining(bad.getValue());
        }
        Map<String, String> ok = new java.util.HashMap<>(base);
        ok.put("KAI_LLM_TIMEOUT_SECONDS", "120");
        ok.put("KAI_LLM_STREAMING", "TRUE");
        LlmSettings s = from(ok).orElseThrow();
        assertThat(s.timeout()).hasSeconds(120);
        assertThat(s.streaming()).isTrue();
    }
}
