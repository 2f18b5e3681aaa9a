package ai.kai.connect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import ai.kai.secrets.EnvelopeCipher;
import ai.kai.secrets.LocalKeyWrapper;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/** A real connection manager for tests: DynamoDB Local, a local key file, a directory as object storage. */
public final class ManagerFixture {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ManagerFixture() {
    }

    public static ConnectionManager manager(Path dir) {
        return manager(dir, new DirectoryBlobStore(dir.resolve("blobs")));
    }

    public static ConnectionManager manager(Path dir, BlobStore blobs) {
        ConnectorSettings settings = new ConnectorSettings(Optional.of(blobs), dir.resolve("cache"), 1L << 30,
                Duration.ofSeconds(5), Duration.ofSeconds(30), 4L * 1024 * 1024, 2, 16);
        return new ConnectionManager(DynamoLocal.shared().store(),
                new EnvelopeCipher(LocalKeyWrapper.open(dir.resolve("keys/secrets.key"))),
                ConnectorRegistry.fromClassPath(), settings);
    }

    /** A tenant of its own per test, so tests sharing DynamoDB Local never see each other's connections. */
    public static TenantId freshTenant() {
        return TenantId.of("t" + Long.toHexString(System.nanoTime()));
    }

    public static QueryLimits limits(long rows) {
        return QueryLimits.of(rows, TIMEOUT);
    }
}
