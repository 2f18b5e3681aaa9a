package ai.kai.agent;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** The chat-model providers KAI can talk to, named as in {@code KAI_LLM_PROVIDER}. */
public enum LlmProvider {
    OPENAI, ANTHROPIC, GEMINI, OLLAMA, BEDROCK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the provider authenticates with {@code KAI_LLM_API_KEY} (Bedrock uses the function's role, Ollama none). */
    public boolean needsApiKey() {
        return this == OPENAI || this == ANTHROPIC || this == GEMINI;
    }

    public static LlmProvider parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id().equals(v)).findFirst().orElseThrow(() ->
                new KaiException(ErrorCode.LLM_NOT_CONFIGURED, "KAI_LLM_PROVIDER '" + value + "' is not one of "
                        + Arrays.stream(values()).map(LlmProvider::id).collect(Collectors.joining("|"))));
    }
}
