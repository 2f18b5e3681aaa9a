package ai.kai.infra;

import java.util.List;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * The stateful part: the data bucket (DESIGN D5), the single metadata table (D7) and the customer-managed key that
 * seals connection credentials (D9). Kept apart from the functions so that replacing or deleting the API stack never
 * touches data; all three are retained on stack deletion in AWS (without the key, stored credentials are lost).
 */
public final class StorageStack extends Stack {
    private final InfraSettings settings;
    private final Bucket bucket;
    private final Table table;
    private final Key secretsKey;

    public StorageStack(Construct scope, String id, StackProps props, InfraSettings settings) {
        super(scope, id, props);
        this.settings = settings;
        this.bucket = createBucket();
        this.table = createTable();
        this.secretsKey = createSecretsKey();
        createOutputs();
    }

    public Bucket bucket() {
        return bucket;
    }

    public Table table() {
        return table;
    }

    /** Wraps the data key of every stored connection credential (envelope encryption, DESIGN D9). */
    public Key secretsKey() {
        return secretsKey;
    }

    private Bucket createBucket() {
        return Bucket.Builder.create(this, "DataBucket")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .versioned(false)
                .cors(List.of(presignedUploadCors()))
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("abort-incomplete-multipart-uploads")
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
                .removalPolicy(removalPolicy())
                .build();
    }

    /** Browsers PUT large uploads straight to S3 with a presigned URL; the signature, not CORS, authorizes them. */
    private CorsRule presignedUploadCors() {
        return CorsRule.builder()
                .allowedMethods(List.of(HttpMethods.PUT, HttpMethods.GET, HttpMethods.HEAD))
                .allowedOrigins(settings.corsOrigins())
                .allowedHeaders(List.of("*"))
                .exposedHeaders(List.of("ETag"))
                .maxAge(3000)
                .build();
    }

    private Table createTable() {
        return Table.Builder.create(this, "MetadataTable")
                .partitionKey(Attribute.builder().name("PK").type(AttributeType.STRING).build())
                .sortKey(Attribute.builder().name("SK").type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                .encryption(TableEncryption.AWS_MANAGED)
                .removalPolicy(removalPolicy())
                .build();
    }

    private Key createSecretsKey() {
        return Key.Builder.create(this, "SecretsKey")
                .description("KAI Analytics: wraps the data keys of connection credentials (context kai:secret)")
                .enableKeyRotation(true)
                .removalPolicy(removalPolicy())
                .build();
    }

    private void createOutputs() {
        CfnOutput.Builder.create(this, "BucketName").value(bucket.getBucketName())
                .description("KAI_BUCKET: the data bucket").build();
        CfnOutput.Builder.create(this, "TableName").value(table.getTableName())
                .description("KAI_TABLE: the metadata table").build();
        CfnOutput.Builder.create(this, "SecretsKeyArn").value(secretsKey.getKeyArn())
                .description("KAI_KMS_KEY_ID: the key that seals connection credentials").build();
    }

    /** Data outlives the stack in AWS; a LocalStack container is disposable. */
    private RemovalPolicy removalPolicy() {
        return settings.localstack() ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    }
}
