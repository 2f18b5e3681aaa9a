package ai.kai.infra;

import static ai.kai.infra.TemplateFacts.allowedActions;
import static ai.kai.infra.TemplateFacts.properties;
import static ai.kai.infra.TemplateFacts.roleId;
import static ai.kai.infra.TemplateFacts.statements;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.kai.functions.catalog.Access;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;

/** Each function's role allows exactly what its catalog entry's access set names, and only under tenants/. */
class LeastPrivilegeTest {
    /** The grant each access level should turn into, written out independently of AccessPolicies. */
    private static final Map<Access, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry(Access.AGENT_QUEUE, Set.of("s3:PutObject")),
            Map.entry(Access.LLM_SECRET, Set.of()),
            Map.entry(Access.BLOB_READ, Set.of("s3:GetObject")),
            Map.entry(Access.BLOB_WRITE, Set.of("s3:PutObject")),
            Map.entry(Access.BLOB_DELETE, Set.of("s3:DeleteObject", "s3:ListBucket")),
            Map.entry(Access.METADATA_READ, Set.of("dynamodb:GetItem", "dynamodb:Query")),
            Map.entry(Access.METADATA_WRITE, Set.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem")),
            Map.entry(Access.SECRETS_SEAL, Set.of("kms:GenerateDataKey")),
            Map.entry(Access.SECRETS_OPEN, Set.of("kms:Decrypt")),
            Map.entry(Access.SCHEDULES, Set.of("scheduler:CreateSchedule", "scheduler:UpdateSchedule", "scheduler:GetSchedule",
                    "scheduler:DeleteSchedule", "iam:PassRole")),
            Map.entry(Access.INVOKE_NOTEBOOK_RUNNER, Set.of("lambda:InvokeFunction")));

    private static SynthesizedKai kai;

    @BeforeAll
    static void synthesize() {
        kai = SynthesizedKai.ofCatalog();
    }

    @Test
    void shouldGrantEveryFunctionExactlyTheActionsOfItsAccessSet() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            Set<String> expected = new TreeSet<>();
            spec.access().forEach(access -> expected.addAll(EXPECTED.get(access)));
            assertThat(allowedActions(kai, spec.name())).as("actions of %s", spec.name()).isEqualTo(expected);
        }
    }

    @Test
    void shouldNotLetTheListFunctionPutObjectsOrItems() {
        assertThat(allowedActions(kai, "kai-files-list"))
                .doesNotContain("s3:PutObject", "dynamodb:PutItem")
                .containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:Query");
    }

    @Test
    void shouldGiveTheQueryFunctionNoWriteActions() {
        assertThat(allowedActions(kai, "kai-files-query"))
                .containsExactlyInAnyOrder("s3:GetObject", "dynamodb:GetItem", "dynamodb:Query")
                .noneMatch(action -> action.matches(".*:(Put|Update|Delete).*"));
    }

    @Test
    void shouldGiveHealthAndOpenApiNoDataPermissionsAtAll() {
        for (String name : List.of("kai-health", "kai-openapi")) {
            assertThat(statements(kai, name)).as("inline statements of %s", name).isEmpty();
            assertThat(TemplateFacts.list(properties(kai.templateOf(name), roleId(kai.templateOf(name), name)).get("ManagedPolicyArns")))
                    .as("managed policies of %s", name)
                    .hasSize(1)
                    .allSatisfy(arn -> assertThat(String.valueOf(arn)).contains("service-role/AWSLambdaBasicExecutionRole"));
        }
    }

    @Test
    void shouldScopeObjectActionsToKeysUnderTenants() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            for (Map<String, Object> statement : statements(kai, spec.name())) {
                List<String> actions = TemplateFacts.actions(statement);
                if (actions.stream().anyMatch(a -> a.startsWith("s3:") && a.endsWith("Object"))) {
                    List<Object> arnParts = TemplateFacts.list(TemplateFacts.list(
                            TemplateFacts.map(statement.get("Resource")).get("Fn::Join")).get(1));
                    String prefix = "AgentQueue".equals(statement.get("Sid")) ? "/agent-runs/*" : "/tenants/*";
                    assertThat(arnParts).as("object ARN of %s", spec.name()).hasSize(2).last().isEqualTo(prefix);
                    assertThat(arnParts.get(0)).as("bucket of %s", spec.name())
                            .isEqualTo(Map.of("Fn::ImportValue", ((Map<?, ?>) arnParts.get(0)).get("Fn::ImportValue")))
                            .asString().contains("DataBucket");
                }
            }
        }
    }

    @Test
    void shouldLetOnlyDeletingFunctionsListKeysAndOnlyUnderTenants() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            List<Map<String, Object>> listing = statements(kai, spec.name()).stream()
                    .filter(s -> TemplateFacts.actions(s).contains("s3:ListBucket")).toList();
            if (spec.access().contains(Access.BLOB_DELETE)) {
                assertThat(listing).as("ListBucket of %s", spec.name()).singleElement()
                        .satisfies(s -> assertThat(s.get("Condition"))
                                .isEqualTo(Map.of("StringLike", Map.of("s3:prefix", List.of("tenants/*")))));
            } else {
                assertThat(listing).as("ListBucket of %s", spec.name()).isEmpty();
            }
        }
    }

    @Test
    void shouldNeverGrantWildcardActions() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            assertThat(allowedActions(kai, spec.name())).as("actions of %s", spec.name()).noneMatch(a -> a.contains("*"));
        }
    }
}
