package ai.kai.files;

import java.nio.file.Path;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.ColumnData;
import ai.kai.query.ColumnNames;
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

    /**
     * Whole columns of a file for an analysis: the names matched to the file's schema ({@link ColumnNames}: a
     * 400 for an unknown column), at most {@code maxRows} rows (a 413 above, before anything is read).
     */
    public ColumnData readColumns(TenantId tenant, String fileId, List<String> columns, int maxRows) {
        FileRecord record = files.requireReady(tenant, fileId);
        List<String> names = ColumnNames.resolve(columns, record.columns().stream().map(ColumnSchema::name).toList());
        if (record.rowCount() != null && record.rowCount() > maxRows) {
            throw new KaiException(ErrorCode.TOO_MANY_ROWS, "file " + fileId + " has " + String.format("%,d", record.rowCount())
                    + " rows; an analysis reads at most " + String.format("%,d", maxRows)
                    + ": filter or sample it into a smaller file first");
        }
        Path database = cache.fetch(blobs, record.databaseKey(), record.databaseEtag());
        return engine.readColumns(database, names, maxRows);
    }
}
