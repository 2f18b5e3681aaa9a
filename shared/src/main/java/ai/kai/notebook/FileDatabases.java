package ai.kai.notebook;

import java.nio.file.Path;
import java.util.function.BiFunction;

import ai.kai.files.FileRecord;
import ai.kai.files.FileService;
import ai.kai.query.DatabaseCache;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/** The database of a tenant's ready file, from the local cache (fetched by ETag), for the cells that read the file. */
public final class FileDatabases implements BiFunction<TenantId, String, Path> {
    private final FileService files;
    private final BlobStore blobs;
    private final DatabaseCache cache;

    public FileDatabases(FileService files, BlobStore blobs, DatabaseCache cache) {
        this.files = files;
        this.blobs = blobs;
        this.cache = cache;
    }

    @Override
    public Path apply(TenantId tenant, String fileId) {
        FileRecord record = files.requireReady(tenant, fileId);
        return cache.fetch(blobs, record.databaseKey(), record.databaseEtag());
    }
}
