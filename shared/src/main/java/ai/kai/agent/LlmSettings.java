package ai.kai.agent;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import ai.kai.config.KaiConfig;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Which chat model the agent uses, from {@code KAI_LLM_PROVIDER}, {@code KAI_LLM_BASE_URL}, {@code KAI_LLM_MODEL},
 * {@code KAI_LLM_API_KEY} (or, deployed, {@code KAI_LLM_API_KEY_SECRET_ARN}) and {@code KAI_LLM_STREAMING} (JVM properties {@code kai.llm.*} win, as for every
 * setting). The key never appears in {@link #toString()}, logs or error messages.
 */
public record LlmSettings(LlmProvider provider, Optional<String> baseUrl, String model, Optional<String> apiKey,
                          boolean streaming, Duration timeout) {

    /** The settings of this process, or empty when no provider is configured (natural-language routes answer 409). */
    public static Optional<LlmSettings> fromEnvironment() {
        return from(KaiConfig::setting, SecretKeys::read);
    }

    static Optional<LlmSettings> from(Function<String, Optional<String>> settings, Function<String, String> secrets) {
        Optional<String> provider = settings.apply("KAI_LLM_PROVIDER").filter(v -> !v.isBlank());
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        LlmProvider p = LlmProvider.parse(provider.get());
        String model = settings.apply("KAI_LLM_MODEL").filter(v -> !v.isBlank()).orElseThrow(() -> new KaiException(
                ErrorCode.LLM_NOT_CONFIGURED, "KAI_LLM_PROVIDER is " + p.id() + " but KAI_LLM_MODEL is not set"));
        Optional<String> key = settings.apply("KAI_LLM_API_KEY").filter(v -> !v.isBlank())
                .or(() -> settings.apply("KAI_LLM_API_KEY_SECRET_ARN").filter(v -> !v.isBlank()).map(secrets));
        Optional<String> baseUrl = settings.apply("KAI_LLM_BASE_URL").filter(v -> !v.isBlank());
        // an OpenAI-compatible server of one's own (vLLM, LM Studio, llama.cpp) often takes no key
        boolean ownServer = p == LlmProvider.OPENAI && baseUrl.isPresent();
        if (p.needsApiKey() && key.isEmpty() && !ownServer) {
            throw new KaiException(ErrorCode.LLM_NOT_CONFIGURED, "KAI_LLM_PROVIDER is " + p.id()
                    + " but KAI_LLM_API_KEY is not set");
        }
        boolean streaming = settings.apply("KAI_LLM_STREAMING").filter(v -> !v.isBlank()).map(LlmSettings::flag).orElse(false);
        Duration timeout = Duration.ofSeconds(settings.apply("KAI_LLM_TIMEOUT_SECONDS").filter(v -> !v.isBlank())
                .map(LlmSettings::seconds).orElse(60L));
        return Optional.of(new LlmSettings(p, baseUrl, model, key, streaming, timeout));
    }

    private static boolean flag(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new KaiException(ErrorCode.LLM_NOT_CONFIGURED, "KAI_LLM_STREAMING must be true or false (got '"
                    + value + "')");
        };
    }

    private static long seconds(String value) {
        try {
            long s = Long.parseLong(value.strip());
            if (s >= 1 && s <= 900) {
                return s;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new KaiException(ErrorCode.LLM_NOT_CONFIGURED, "KAI_LLM_TIMEOUT_SECONDS must be whole seconds from 1 to 900 (got '"
                + value + "')");
    }

    /** The configured settings, or the 409 the natural-language routes answer without them. */
    public static LlmSettings require(Optional<LlmSettings> settings) {
        return settings.orElseThrow(() -> new KaiException(ErrorCode.LLM_NOT_CONFIGURED,
                "no language model is configured: set KAI_LLM_PROVIDER (openai|anthropic|gemini|ollama|bedrock), "
                        + "KAI_LLM_MODEL and, for hosted providers, KAI_LLM_API_KEY (deployed: cdk deploy -c llmProvider=… "
                        + "-c llmModel=… -c llmApiKeySecret=…); SQL, statistics and charts work without one"));
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider.id() + ", baseUrl=" + baseUrl.orElse("(default)") + ", model=" + model
                + ", apiKey=" + (apiKey.isPresent() ? "(set)" : "(none)") + ", streaming=" + streaming + "]";
    }
}
