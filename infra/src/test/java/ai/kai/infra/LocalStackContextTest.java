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

    @BeforeAll
    static void synthesize() {
        kai = SynthesizedKai.of("localstack", Map.of("localstack", "true"), FunctionCatalog.all());
    }

    @Test
    void shouldTargetLocalStacksAccountAndRegion() {
        assertThat(kai.stacks().storage().getAccount()).isEqualTo("000000000000");
        assertThat(kai.stacks().functions()).isNotEmpty().allSatisfy(stack -> {
            assertThat(stack.getAccount()).isEqualTo("000000000000");
            assertThat(stack.getRegion()).isEqualTo("us-east-1");
        });
    }

    @Test
    void shouldLeaveSnapStartOffButStillPublishTheLiveAlias() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            kai.templateOf(spec.name()).hasResourceProperties(TemplateFacts.FUNCTION,
                    Map.of("FunctionName", spec.name(), "SnapStart", Match.absent()));
            TemplateFacts.liveAliasId(kai, spec.name());
        }
    }

    @Test
    void shouldDeployNoHttpApiAndNoUserPoolBecauseTheFreeImageHasNeither() {
        assertThat(kai.stacks().api()).as("API stack").isEmpty();
        assertThat(kai.functionResourceCount("AWS::ApiGatewayV2::Api")).isZero();
        assertThat(kai.functionResourceCount("AWS::Cognito::UserPool")).isZero();
        assertThat(kai.functionResourceCount("AWS::ApiGatewayV2::Route")).isZero();
        assertThat(kai.functionResourceCount("Custom::S3BucketNotifications")).isEqualTo(2);
        kai.templateOf("kai-files-ingest").resourceCountIs("Custom::S3BucketNotifications", 1);
    }

    @Test
    void shouldPointTheFunctionsAtLocalStacksEndpoints() {
        kai.templateOf("kai-files-ingest").hasResourceProperties(TemplateFacts.FUNCTION, Map.of(
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
        SynthesizedKai proKai = SynthesizedKai.of("localstack-pro", Map.of("localstack", "true", "localstackPro", "true"),
                FunctionCatalog.all());
        Template pro = proKai.api();
        assertThat(proKai.stacks().api().orElseThrow().getAccount()).isEqualTo("000000000000");
        assertThat(proKai.functionResourceCount("AWS::ApiGatewayV2::Route")).isEqualTo(FunctionCatalog.http().size());
        pro.resourceCountIs("AWS::Cognito::UserPool", 1);
        proKai.templateOf("kai-health").hasResourceProperties(TemplateFacts.FUNCTION, Map.of("FunctionName", "kai-health", "SnapStart", Match.absent()));
    }
}
