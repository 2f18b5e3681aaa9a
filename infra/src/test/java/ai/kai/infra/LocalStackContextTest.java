package ai.kai.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** {@code cdk deploy -c localstack=true}: what LocalStack's free image can run, and nothing it cannot. */
class LocalStackContextTest {
    private static SynthesizedKai kai;
    private static Template api;

    @BeforeAll
    static void synthesize() {
        kai = SynthesizedKai.of("localstack", Map.of("localstack", "true"), FunctionCatalog.all());
        api = kai.api();
    }

    @Test
    void shouldTargetLocalStacksAccountAndRegion() {
        assertThat(kai.stacks().api().getAccount()).isEqualTo("000000000000");
        assertThat(kai.stacks().api().getRegion()).isEqualTo("us-east-1");
        assertThat(kai.stacks().storage().getAccount()).isEqualTo("000000000000");
    }

    @Test
    void shouldLeaveSnapStartOffButStillPublishTheLiveAlias() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            api.hasResourceProperties(TemplateFacts.FUNCTION, Map.of("FunctionName", spec.name(), "SnapStart", Match.absent()));
            TemplateFacts.liveAliasId(api, spec.name());
        }
    }

    @Test
    void shouldDeployNoHttpApiAndNoUserPoolBecauseTheFreeImageHasNeither() {
        api.resourceCountIs("AWS::ApiGatewayV2::Api", 0);
        api.resourceCountIs("AWS::Cognito::UserPool", 0);
        api.resourceCountIs("Custom::S3BucketNotifications", 1);
    }

    @Test
    void shouldPointTheFunctionsAtLocalStacksEndpoints() {
        api.hasResourceProperties(TemplateFacts.FUNCTION, Map.of(
                "FunctionName", "kai-files-ingest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "KAI_S3_ENDPOINT", "http://localhost.localstack.cloud:4566",
                        "KAI_DYNAMODB_ENDPOINT", "http://localhost.localstack.cloud:4566")))));
    }

    @Test
    void shouldThrowAwayTheDataWithTheStack() {
        kai.storage().hasResource("AWS::S3::Bucket", Map.of("DeletionPolicy", "Delete"));
        kai.storage().hasResource("AWS::DynamoDB::Table", Map.of("DeletionPolicy", "Delete"));
    }

    @Test
    void shouldDeployTheHttpApiWhenTheImageIsPro() {
        Template pro = SynthesizedKai.of("localstack-pro", Map.of("localstack", "true", "localstackPro", "true"),
                FunctionCatalog.all()).api();
        pro.resourceCountIs("AWS::ApiGatewayV2::Route", FunctionCatalog.http().size());
        pro.resourceCountIs("AWS::Cognito::UserPool", 1);
        pro.hasResourceProperties(TemplateFacts.FUNCTION, Map.of("FunctionName", "kai-health", "SnapStart", Match.absent()));
    }
}
