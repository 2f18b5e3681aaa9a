package ai.kai.infra;

import static ai.kai.infra.TemplateFacts.liveAliasId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Uploads landing under tenants/ invoke the ingest function's live alias, without a cycle between the stacks. */
class ObjectCreatedTriggerTest {
    private static final String INGEST = "kai-files-ingest";
    private static final String WORKER = "kai-agent-worker";
    private static SynthesizedKai kai;
    private static Template storage;

    @BeforeAll
    static void synthesize() {
        kai = SynthesizedKai.ofCatalog();
        storage = kai.storage();
    }

    @Test
    void shouldNotifyTheIngestAliasOfObjectsCreatedUnderTenants() {
        Template api = kai.templateOf(INGEST);
        api.resourceCountIs("Custom::S3BucketNotifications", 1);
        api.hasResourceProperties("Custom::S3BucketNotifications", Map.of(
                "BucketName", Map.of("Fn::ImportValue", Match.stringLikeRegexp("KaiStorage:.*DataBucket.*")),
                "Managed", false,
                "NotificationConfiguration", Map.of("LambdaFunctionConfigurations", Match.arrayWith(List.of(Map.of(
                        "Events", List.of("s3:ObjectCreated:*"),
                        "Filter", Map.of("Key", Map.of("FilterRules", List.of(Map.of("Name", "prefix", "Value", "tenants/")))),
                        "LambdaFunctionArn", Map.of("Ref", liveAliasId(api, INGEST))))))));
    }

    @Test
    void shouldNotifyTheAgentWorkerOfTaskMarkersOnlyOutsideTenantData() {
        Template api = kai.templateOf(WORKER);
        api.hasResourceProperties("Custom::S3BucketNotifications", Map.of(
                "NotificationConfiguration", Map.of("LambdaFunctionConfigurations", Match.arrayWith(List.of(Map.of(
                        "Events", List.of("s3:ObjectCreated:*"),
                        "Filter", Map.of("Key", Map.of("FilterRules", Match.arrayWith(List.of(
                                Map.of("Name", "prefix", "Value", "agent-runs/"))))),
                        "LambdaFunctionArn", Map.of("Ref", liveAliasId(api, WORKER))))))));
    }

    @Test
    void shouldLetS3InvokeTheIngestAliasFromThisAccountOnly() {
        Template api = kai.templateOf(INGEST);
        api.hasResourceProperties("AWS::Lambda::Permission", Map.of(
                "Action", "lambda:InvokeFunction",
                "Principal", "s3.amazonaws.com",
                "FunctionName", Map.of("Ref", liveAliasId(api, INGEST)),
                "SourceAccount", Map.of("Ref", "AWS::AccountId")));
        assertThat(kai.functionStacks().values().stream().mapToInt(t -> t.findResources("AWS::Lambda::Permission",
                Map.of("Properties", Map.of("Principal", "s3.amazonaws.com"))).size()).sum()).isEqualTo(2);
    }

    @Test
    void shouldKeepTheStorageStackFreeOfReferencesToTheFunctions() {
        storage.resourceCountIs("Custom::S3BucketNotifications", 0);
        kai.api().resourceCountIs("Custom::S3BucketNotifications", 0);
        assertThat(kai.functionResourceCount("Custom::S3BucketNotifications")).as("one per stack with an S3-triggered function")
                .isEqualTo(2);
        assertThat(storage.toJSON().toString()).doesNotContain("Fn::ImportValue").doesNotContain("KaiApi");
    }
}
