package ai.kai.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

import com.fasterxml.jackson.databind.ObjectMapper;

import ai.kai.functions.catalog.FunctionCatalog;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Deploys the synthesized storage stack into LocalStack through CloudFormation and uses the bucket and table it
 * created. Needs Docker; skipped where there is none (this build machine has none).
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackDeploymentTest {
    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"));

    @Test
    void shouldCreateAWorkingBucketAndTableFromTheStorageStack() throws Exception {
        SynthesizedKai kai = SynthesizedKai.of("localstack-deploy", Map.of("localstack", "true"), FunctionCatalog.all());
        Map<String, Object> template = new LinkedHashMap<>(kai.storage().toJSON());
        // The bootstrap-version check reads an SSM parameter that only `cdk bootstrap` creates.
        template.remove("Parameters");
        template.remove("Rules");
        String templateBody = new ObjectMapper().writeValueAsString(template);

        Map<String, String> outputs;
        try (CloudFormationClient cfn = configure(CloudFormationClient.builder()).build()) {
            cfn.createStack(b -> b.stackName(KaiApp.STORAGE_STACK).templateBody(templateBody));
            cfn.waiter().waitUntilStackCreateComplete(b -> b.stackName(KaiApp.STORAGE_STACK));
            outputs = cfn.describeStacks(b -> b.stackName(KaiApp.STORAGE_STACK)).stacks().get(0).outputs().stream()
                    .collect(Collectors.toMap(Output::outputKey, Output::outputValue));
        }

        try (S3Client s3 = configure(S3Client.builder()).forcePathStyle(true).build()) {
            String bucket = outputs.get("BucketName");
            s3.putObject(b -> b.bucket(bucket).key("tenants/t1/files/f_1/original/a.csv"), RequestBody.fromString("a\n1\n"));
            assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("tenants/t1/files/f_1/original/a.csv")).asUtf8String())
                    .isEqualTo("a\n1\n");
        }
        try (DynamoDbClient dynamo = configure(DynamoDbClient.builder()).build()) {
            String table = outputs.get("TableName");
            TableDescription description = dynamo.describeTable(b -> b.tableName(table)).table();
            assertThat(description.keySchema()).extracting(k -> k.attributeName()).containsExactly("PK", "SK");
            assertThat(description.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            dynamo.putItem(b -> b.tableName(table).item(Map.of(
                    "PK", AttributeValue.fromS("TENANT#t1"), "SK", AttributeValue.fromS("FILE#f_1"))));
            assertThat(dynamo.getItem(b -> b.tableName(table).key(Map.of(
                    "PK", AttributeValue.fromS("TENANT#t1"), "SK", AttributeValue.fromS("FILE#f_1")))).hasItem()).isTrue();
        }
    }

    private static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>> B configure(B builder) {
        return builder.endpointOverride(LOCALSTACK.getEndpoint())
                .region(Region.of(LOCALSTACK.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())));
    }
}
