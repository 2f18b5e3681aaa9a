package ai.kai.connect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import ai.kai.query.DatabaseCache;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/**
 * What a connector gets from its host: the tenant it serves, object storage and a local cache for database
 * files (SQLite, DuckDB), a scratch directory, and the limits it applies.
 */
public record ConnectorContext(
        TenantId tenant,
        Optional<BlobStore> blobs,
        DatabaseCache fileCache,
        Path workDir,
        Duration connectTimeout,
        long maxResultBytes,
        int maxPoolSize) {

    /** The object key of a tenant-relative path ({@code databases/sales.duckdb}). */
    public String tenantKey(String relativePath) {
        return "tenants/" + tenant.value() + "/" + relativePath;
    }
}
