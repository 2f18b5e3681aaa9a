package ai.kai.connect;

import java.net.ServerSocket;
import java.net.URI;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

import ai.kai.storage.DynamoMetadataStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB Local in this JVM, started once for all test classes, with the metadata table created. */
public final class DynamoLocal {
    public static final String TABLE = "kai-connect-test";
    private static DynamoLocal shared;
    private final DynamoDbClient client;

    private DynamoLocal(DynamoDbClient client) {
        this.client = client;
    }

    public static synchronized DynamoLocal shared() {
        if (shared == null) {
            try {
                int port = freePort();
                DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                        new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
                server.start();
                DynamoDbClient client = DynamoDbClient.builder()
                        .endpointOverride(URI.create("http://127.0.0.1:" + port))
                        .region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("kailocal", "kailocal")))
                        .httpClient(UrlConnectionHttpClient.create())
                        .build();
                DynamoMetadataStore.ensureTable(client, TABLE);
                shared = new DynamoLocal(client);
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not start", e);
            }
        }
        return shared;
    }

    public DynamoDbClient client() {
        return client;
    }

    public DynamoMetadataStore store() {
        return new DynamoMetadataStore(client, TABLE);
    }

    public static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
