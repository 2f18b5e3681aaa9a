package ai.kai.agent;

import ai.kai.config.KaiConfig;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Reads the model's API key from AWS Secrets Manager ({@code KAI_LLM_API_KEY_SECRET_ARN}, set by CDK) on first use,
 * after a SnapStart restore, never before the snapshot. Errors name the secret, never its value.
 */
final class SecretKeys {
    private SecretKeys() {
    }

    static String read(String secretArn) {
        String region = KaiConfig.setting("AWS_REGION").orElse("us-east-1");
        try (SecretsManagerClient client = SecretsManagerClient.builder().region(Region.of(region))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            String value = client.getSecretValue(b -> b.secretId(secretArn)).secretString();
            if (value == null || value.isBlank()) {
                throw new KaiException(ErrorCode.LLM_NOT_CONFIGURED, "the secret " + secretArn + " holds no API key");
            }
            return value.strip();
        } catch (SecretsManagerException e) {
            throw new KaiException(ErrorCode.LLM_NOT_CONFIGURED, "the API key secret " + secretArn + " could not be read ("
                    + e.awsErrorDetails().errorCode() + ")");
        }
    }
}
