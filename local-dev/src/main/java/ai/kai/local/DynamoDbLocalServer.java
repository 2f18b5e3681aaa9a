package ai.kai.local;

import java.nio.file.Files;
import java.nio.file.Path;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local in this JVM, speaking the real DynamoDB HTTP protocol on a loopback port. In memory for tests,
 * or under the data dir so metadata survives a restart.
 */
final class DynamoDbLocalServer implements AutoCloseable {
    private final DynamoDBProxyServer server;
    private final int port;

    private DynamoDbLocalServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static DynamoDbLocalServer start(Path dataDir, boolean persistent) throws Exception {
        int port = Ports.free();
        String[] args;
        if (persistent) {
            Path dir = dataDir.resolve("dynamodb");
            Files.createDirectories(dir);
            args = new String[] {"-dbPath", dir.toString(), "-port", Integer.toString(port), "-sharedDb", "-disableTelemetry"};
        } else {
            args = new String[] {"-inMemory", "-port", Integer.toString(port), "-sharedDb", "-disableTelemetry"};
        }
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args);
        server.start();
        return new DynamoDbLocalServer(server, port);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
