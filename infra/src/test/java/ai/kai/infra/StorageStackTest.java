package ai.kai.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The data bucket and the metadata table: private, encrypted, TLS-only, recoverable, kept. */
class StorageStackTest {
    private static final String BUCKET = "AWS::S3::Bucket";
    private static final String TABLE = "AWS::DynamoDB::Table";
    private static Template storage;

    @BeforeAll
    static void synthesize() {
        storage = SynthesizedKai.ofCatalog().storage();
    }

    @Test
    void shouldEncryptTheBucketAndBlockAllPublicAccess() {
        storage.resourceCountIs(BUCKET, 1);
        storage.hasResourceProperties(BUCKET, Map.of(
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(
                        Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "OwnershipControls", Map.of("Rules", List.of(Map.of("ObjectOwnership", "BucketOwnerEnforced")))));
    }

    @Test
    void shouldRefuseEveryRequestToTheBucketThatIsNotOverTls() {
        storage.hasResourceProperties("AWS::S3::BucketPolicy", Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny",
                        "Action", "s3:*",
                        "Principal", Map.of("AWS", "*"),
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
    }

    @Test
    void shouldLetBrowsersPutPresignedUploadsIntoTheBucket() {
        storage.hasResourceProperties(BUCKET, Map.of("CorsConfiguration", Map.of("CorsRules", List.of(
                Match.objectLike(Map.of(
                        "AllowedMethods", Match.arrayWith(List.of("PUT")),
                        "AllowedOrigins", List.of("*"),
                        "ExposedHeaders", List.of("ETag")))))));
    }

    @Test
    void shouldKeyTheTableByStringPkAndSkAndBillPerRequest() {
        storage.resourceCountIs(TABLE, 1);
        storage.hasResourceProperties(TABLE, Map.of(
                "KeySchema", List.of(
                        Map.of("AttributeName", "PK", "KeyType", "HASH"),
                        Map.of("AttributeName", "SK", "KeyType", "RANGE")),
                "AttributeDefinitions", List.of(
                        Map.of("AttributeName", "PK", "AttributeType", "S"),
                        Map.of("AttributeName", "SK", "AttributeType", "S")),
                "BillingMode", "PAY_PER_REQUEST"));
    }

    @Test
    void shouldEncryptTheTableAndKeepPointInTimeRecovery() {
        storage.hasResourceProperties(TABLE, Map.of(
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                "SSESpecification", Map.of("SSEEnabled", true)));
    }

    @Test
    void shouldRetainTheDataWhenTheStackIsDeleted() {
        storage.hasResource(BUCKET, Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
        storage.hasResource(TABLE, Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void shouldOutputTheBucketAndTableNames() {
        storage.hasOutput("BucketName", Map.of("Value", Map.of("Ref", Match.stringLikeRegexp("DataBucket.*"))));
        storage.hasOutput("TableName", Map.of("Value", Map.of("Ref", Match.stringLikeRegexp("MetadataTable.*"))));
    }
}
