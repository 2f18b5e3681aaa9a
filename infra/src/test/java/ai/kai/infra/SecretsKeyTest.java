package ai.kai.infra;

import static ai.kai.infra.TemplateFacts.allowedActions;
import static ai.kai.infra.TemplateFacts.statements;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.kai.functions.catalog.Access;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import software.amazon.awscdk.assertions.Match;

/**
 * The customer-managed key that seals connection credentials (DESIGN D9): rotated, kept with the data, named only to
 * the functions that seal or open credentials, and usable by them only for what they do and only with the
 * encryption context the secrets code sends ({@code kai:secret = tenant/alias}).
 */
class SecretsKeyTest {
    private static final String KEY = "AWS::KMS::Key";
    private static final Map<String, Object> CONTEXT_CONDITION = Map.of(
            "StringLike", Map.of("kms:EncryptionContext:kai:secret", "?*/?*"),
            "ForAllValues:StringEquals", Map.of("kms:EncryptionContextKeys", List.of("kai:secret")));
    private static SynthesizedKai kai;

    @BeforeAll
    static void synthesize() {
        kai = SynthesizedKai.ofCatalog();
    }

    @Test
    void shouldCreateOneRotatedRetainedSecretsKey() {
        kai.storage().resourceCountIs(KEY, 1);
        kai.storage().hasResource(KEY, Map.of(
                "Properties", Match.objectLike(Map.of("EnableKeyRotation", true)),
                "DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
        kai.storage().hasOutput("SecretsKeyArn", Map.of("Value", Map.of("Fn::GetAtt",
                List.of(Match.stringLikeRegexp("SecretsKey.*"), "Arn"))));
    }

    @Test
    void shouldNameTheKeyToExactlyTheFunctionsThatSealOrOpenCredentials() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            Map<String, Object> env = environment(spec.name());
            if (Access.usesSecrets(spec.access())) {
                assertThat(String.valueOf(env.get("KAI_KMS_KEY_ID"))).as("key of %s", spec.name()).contains("SecretsKey");
            } else {
                assertThat(env).as("environment of %s", spec.name()).doesNotContainKey("KAI_KMS_KEY_ID");
            }
        }
        assertThat(environment("kai-connections-create")).containsKey("KAI_KMS_KEY_ID");
        assertThat(environment("kai-connections-query")).containsKey("KAI_KMS_KEY_ID");
        assertThat(environment("kai-connections-list")).doesNotContainKey("KAI_KMS_KEY_ID");
        assertThat(environment("kai-files-upload")).doesNotContainKey("KAI_KMS_KEY_ID");
    }

    @Test
    void shouldLetCreatingFunctionsOnlyGenerateDataKeysAndConnectingFunctionsOnlyDecrypt() {
        assertThat(kmsActions("kai-connections-create")).containsExactly("kms:GenerateDataKey");
        assertThat(kmsActions("kai-connections-create-bigquery")).containsExactly("kms:GenerateDataKey");
        for (String name : List.of("kai-connections-test", "kai-connections-schema", "kai-connections-query",
                "kai-analytics-statistics", "kai-viz-generate")) {
            assertThat(kmsActions(name)).as("KMS actions of %s", name).containsExactly("kms:Decrypt");
        }
    }

    @Test
    void shouldGiveFunctionsWithoutSecretsAccessNoKmsActionAtAll() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            if (!Access.usesSecrets(spec.access())) {
                assertThat(kmsActions(spec.name())).as("KMS actions of %s", spec.name()).isEmpty();
            }
        }
        assertThat(kmsActions("kai-connections-list")).isEmpty();
        assertThat(kmsActions("kai-connections-delete")).isEmpty();
    }

    @Test
    void shouldScopeEveryKmsGrantToTheSecretsKeyAndItsEncryptionContext() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            for (Map<String, Object> statement : statements(kai, spec.name())) {
                if (TemplateFacts.actions(statement).stream().anyMatch(a -> a.startsWith("kms:"))) {
                    assertThat(statement.get("Condition")).as("condition of %s", spec.name()).isEqualTo(CONTEXT_CONDITION);
                    assertThat(String.valueOf(statement.get("Resource"))).as("resource of %s", spec.name())
                            .contains("Fn::ImportValue").contains("SecretsKey");
                }
            }
        }
    }

    @Test
    void shouldPointSecretsFunctionsAtLocalStacksKmsInTheLocalStackProfile() {
        SynthesizedKai local = SynthesizedKai.of("localstack-secrets", Map.of("localstack", "true"), FunctionCatalog.all());
        local.storage().hasResource(KEY, Map.of("DeletionPolicy", "Delete"));
        local.templateOf("kai-connections-query").hasResourceProperties(TemplateFacts.FUNCTION, Map.of("FunctionName", "kai-connections-query",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "KAI_KMS_ENDPOINT", "http://localhost.localstack.cloud:4566",
                        "KAI_KMS_KEY_ID", Match.anyValue())))));
        local.templateOf("kai-files-list").hasResourceProperties(TemplateFacts.FUNCTION, Map.of("FunctionName", "kai-files-list",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("KAI_KMS_ENDPOINT", Match.absent())))));
    }

    private static List<String> kmsActions(String functionName) {
        return allowedActions(kai, functionName).stream().filter(a -> a.startsWith("kms:")).toList();
    }

    private static Map<String, Object> environment(String functionName) {
        Map<String, Object> props = TemplateFacts.functionProperties(kai, functionName);
        return TemplateFacts.map(TemplateFacts.map(props.get("Environment")).get("Variables"));
    }
}
