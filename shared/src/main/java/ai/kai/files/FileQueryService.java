package ai.kai.files;

import java.nio.file.Path;

import ai.kai.query.DatabaseCache;
import ai.kai.query.QueryEngine;
import ai.kai.query.QueryRequest;
import ai.kai.query.QueryResult;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/** SQL over one of the tenant's files: the ready record, its database from the local cache, the sandboxed engine. */
public final class FileQueryService {
    private final FileService files;
    private final BlobStore blobs;
    private final DatabaseCache cache;
    private final QueryEngine engine;

    public FileQueryService(FileService files, BlobStore blobs, DatabaseCache cache, QueryEngine engine) {
        this.files = files;
        this.blobs = blobs;
        this.cache = cache;
        this.engine = engine;
    }

    public QueryResult query(TenantId tenant, String fileId, QueryRequest request) {
        FileRecord record = files.requireReady(tenant, fileId);
        Path database = cache.fetch(blobs, record.databaseKey(), record.databaseEtag());
        return engine.query(database, request);
    }
}
