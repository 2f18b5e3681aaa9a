package ai.kai.infra;

import static ai.kai.infra.TemplateFacts.allowedActions;
import static ai.kai.infra.TemplateFacts.liveAliasId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.kai.functions.catalog.Access;
import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.functions.catalog.Trigger;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * A deployment that trusts an existing OIDC issuer (context jwtIssuer/jwtAudience/tenantClaim) and a catalog
 * with a {@code Trigger.Scheduled} function, as the notebook runs will add.
 */
class ExternalIssuerAndScheduleTest {
    private static final String ISSUER = "https://login.example.com/realms/kai";
    private static final String SCHEDULED = "kai-notebooks-runner";
    private static SynthesizedKai kai;
    private static Template api;
    /** The stack of the scheduled function. */
    private static Template scheduled;

    @BeforeAll
    static void synthesize() {
        List<FunctionSpec> functions = FunctionCatalog.all();
        kai = SynthesizedKai.of("external-issuer", Map.of(
                "jwtIssuer", ISSUER,
                "jwtAudience", "kai-cli, kai-web",
                "tenantClaim", "https://kai.example.com/tenant"), functions);
        api = kai.api();
        scheduled = kai.templateOf(SCHEDULED);
    }

    @Test
    void shouldTrustTheConfiguredIssuerAndCreateNoUserPool() {
        api.resourceCountIs("AWS::Cognito::UserPool", 0);
        api.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Map.of(
                "AuthorizerType", "JWT",
                "JwtConfiguration", Map.of("Issuer", ISSUER, "Audience", List.of("kai-cli", "kai-web"))));
        assertThat(api.findOutputs("UserPoolId")).isEmpty();
    }

    @Test
    void shouldTellTheFunctionsWhichClaimNamesTheTenant() {
        kai.templateOf("kai-files-list").hasResourceProperties(TemplateFacts.FUNCTION, Map.of(
                "FunctionName", "kai-files-list",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("KAI_TENANT_CLAIM", "https://kai.example.com/tenant")))));
    }

    @Test
    void shouldDeployTheScheduledFunctionWithoutARoute() {
        scheduled.hasResourceProperties(TemplateFacts.FUNCTION, Map.of(
                "FunctionName", SCHEDULED, "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
        liveAliasId(scheduled, SCHEDULED);
        scheduled.resourceCountIs("AWS::ApiGatewayV2::Route", (int) FunctionCatalog.http().stream()
                .filter(spec -> kai.stackOf(spec.name()).equals(kai.stackOf(SCHEDULED))).count());
        assertThat(kai.functionResourceCount("AWS::ApiGatewayV2::Route")).isEqualTo(FunctionCatalog.http().size());
        assertThat(allowedActions(scheduled, SCHEDULED)).doesNotContain("scheduler:CreateSchedule", "iam:PassRole")
                .contains("lambda:InvokeFunction", "dynamodb:GetItem", "s3:GetObject");
    }

    @Test
    void shouldLetTheSchedulerInvokeOnlyTheScheduledFunctionsAlias() {
        Map<String, Map<String, Object>> roles = scheduled.findResources("AWS::IAM::Role", Map.of("Properties", Map.of(
                "AssumeRolePolicyDocument", Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "scheduler.amazonaws.com"),
                        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", Map.of("Ref", "AWS::AccountId"))))))))));
        assertThat(roles).hasSize(1);
        String roleId = roles.keySet().iterator().next();
        String queueId = scheduled.findResources("AWS::SQS::Queue").keySet().iterator().next();
        scheduled.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(Map.of("Ref", roleId)),
                "PolicyDocument", Map.of("Statement", List.of(
                        Map.of("Sid", "InvokeOneFunction", "Effect", "Allow", "Action", "lambda:InvokeFunction",
                                "Resource", Map.of("Ref", liveAliasId(scheduled, SCHEDULED))),
                        Match.objectLike(Map.of("Effect", "Allow",
                                "Action", Match.arrayWith(List.of("sqs:SendMessage")),
                                "Resource", Map.of("Fn::GetAtt", List.of(queueId, "Arn"))))))));
    }

    @Test
    void shouldGiveScheduledRunsAnEncryptedDeadLetterQueueAndOutputIt() {
        scheduled.resourceCountIs("AWS::SQS::Queue", 1);
        scheduled.hasResourceProperties("AWS::SQS::Queue", Map.of("SqsManagedSseEnabled", true, "MessageRetentionPeriod", 1209600));
        scheduled.hasOutput("KaiNotebooksRunnerSchedulerRoleArn", Map.of("Value", Map.of("Fn::GetAtt", List.of(Match.anyValue(), "Arn"))));
        scheduled.hasOutput("KaiNotebooksRunnerScheduleDlqArn", Map.of("Value", Map.of("Fn::GetAtt", List.of(Match.anyValue(), "Arn"))));
    }
}
