package ai.kai.infra;

import java.util.Map;
import java.util.Optional;

import ai.kai.functions.catalog.Access;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;
import software.constructs.Node;

/**
 * The language model of the agent functions (those with {@link Access#LLM_SECRET}) from the context keys
 * {@code llmProvider}, {@code llmModel}, {@code llmBaseUrl} and {@code llmApiKeySecret} (a Secrets Manager secret
 * name or ARN that holds the key). The key itself never enters the template: the functions get the secret's
 * reference in {@code KAI_LLM_API_KEY_SECRET_ARN} and a grant to read that one secret; no other function does.
 */
record LlmWiring(Optional<String> provider, Optional<String> model, Optional<String> baseUrl, Optional<String> apiKeySecret) {

    static LlmWiring from(Node node) {
        return new LlmWiring(text(node, "llmProvider"), text(node, "llmModel"), text(node, "llmBaseUrl"),
                text(node, "llmApiKeySecret"));
    }

    void apply(Construct scope, Map<String, KaiFunction> functions) {
        Optional<ISecret> secret = apiKeySecret.map(name -> name.startsWith("arn:")
                ? Secret.fromSecretCompleteArn(scope, "LlmApiKey", name)
                : Secret.fromSecretNameV2(scope, "LlmApiKey", name));
        for (KaiFunction f : functions.values()) {
            if (!f.spec().access().contains(Access.LLM_SECRET)) {
                continue;
            }
            provider.ifPresent(v -> f.function().addEnvironment("KAI_LLM_PROVIDER", v));
            model.ifPresent(v -> f.function().addEnvironment("KAI_LLM_MODEL", v));
            baseUrl.ifPresent(v -> f.function().addEnvironment("KAI_LLM_BASE_URL", v));
            secret.ifPresent(s -> {
                f.function().addEnvironment("KAI_LLM_API_KEY_SECRET_ARN", apiKeySecret.get());
                s.grantRead(f.function());
            });
        }
    }

    private static Optional<String> text(Node node, String key) {
        Object value = node.tryGetContext(key);
        return value == null || String.valueOf(value).isBlank() ? Optional.empty() : Optional.of(String.valueOf(value).trim());
    }
}
