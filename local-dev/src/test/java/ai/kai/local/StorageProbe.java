package ai.kai.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Looks straight at what the local stack stored: the bucket's files on disk and the table's raw items. */
final class StorageProbe {
    private final Path bucketDir;
    private final DynamoDbClient dynamo;

    StorageProbe(Path dataDir, LocalStack stack) {
        this.bucketDir = dataDir.resolve("s3").resolve(LocalStack.BUCKET);
        this.dynamo = DynamoDbClient.builder().region(Region.of(LocalStack.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Server.ACCESS_KEY, S3Server.SECRET_KEY)))
                .endpointOverride(URI.create(stack.functionConfig().dynamoDbEndpoint().orElseThrow()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /** Every stored object (relative path → size) and every table item (PK|SK → version). */
    Map<String, Object> snapshot() {
        Map<String, Object> all = new TreeMap<>();
        if (Files.exists(bucketDir)) {
            try (Stream<Path> walk = Files.walk(bucketDir)) {
                walk.filter(Files::isRegularFile).forEach(p -> all.put("s3:" + bucketDir.relativize(p), size(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Map<String, AttributeValue> item : dynamo.scan(b -> b.tableName(LocalStack.TABLE)).items()) {
            all.put("ddb:" + item.get("PK").s() + "|" + item.get("SK").s(), item.get("version").n());
        }
        return all;
    }

    Map<String, AttributeValue> rawItem(String tenant, String fileId) {
        return dynamo.getItem(b -> b.tableName(LocalStack.TABLE).key(Map.of(
                "PK", AttributeValue.fromS("TENANT#" + tenant), "SK", AttributeValue.fromS("FILE#" + fileId)))).item();
    }

    Map<String, AttributeValue> rawConnection(String tenant, String alias) {
        return dynamo.getItem(b -> b.tableName(LocalStack.TABLE).key(Map.of(
                "PK", AttributeValue.fromS("TENANT#" + tenant), "SK", AttributeValue.fromS("CONN#" + alias)))).item();
    }

    boolean objectsExistUnder(String prefix) {
        return snapshot().keySet().stream().anyMatch(k -> k.startsWith("s3:" + prefix));
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
