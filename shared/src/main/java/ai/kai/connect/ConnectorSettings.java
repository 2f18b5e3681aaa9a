package ai.kai.connect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import ai.kai.config.KaiConfig;
import ai.kai.storage.BlobStore;

/**
 * Host-wide connector settings: object storage and cache for database files, how long connecting and a
 * statement may take at most, the response-size budget, the pool size per connection, and how many connectors
 * one process keeps open (least recently used are closed beyond that).
 */
public record ConnectorSettings(
        Optional<BlobStore> blobs,
        Path cacheDir,
        long cacheMaxBytes,
        Duration connectTimeout,
        Duration maxStatementTimeout,
        long maxResultBytes,
        int maxPoolSize,
        int maxOpenConnectors) {

    /** Lambda serves one request at a time per instance: two pooled connections per source are plenty. */
    public static ConnectorSettings from(KaiConfig config, Optional<BlobStore> blobs) {
        return new ConnectorSettings(blobs, config.cacheDir().resolve("connections"), config.cacheMaxBytes() / 2,
                Duration.ofSeconds(10), config.queryTimeout(), config.maxResultBytes(), 2, 16);
    }
}
