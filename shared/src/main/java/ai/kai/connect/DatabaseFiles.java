package ai.kai.connect;

import java.nio.file.Path;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.storage.BlobInfo;

/**
 * Database files (SQLite, DuckDB) kept in the tenant's object storage: a path relative to the tenant's root
 * ({@code databases/sales.duckdb}) is checked, resolved to its key and fetched into the local cache by ETag.
 */
public final class DatabaseFiles {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.=-]{0,127}");

    private DatabaseFiles() {
    }

    /** The normalised relative path, or a 400 if it could leave the tenant's storage. */
    public static String checkPath(String relative) {
        String p = relative == null ? "" : relative.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            throw new KaiException(ErrorCode.INVALID_CONNECTION_URI,
                    "name the database file in your storage, e.g. duckdb://databases/sales.duckdb");
        }
        for (String segment : p.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.equals(".")) {
                throw new KaiException(ErrorCode.INVALID_CONNECTION_URI, "the database path '" + p
                        + "' must be segments of letters, digits, '.', '_', '=' or '-' separated by '/'");
            }
        }
        return p;
    }

    /** The local copy of the tenant's file at {@code relative}, downloaded if it changed. */
    public static Path fetch(ConnectorContext context, String relative) {
        var blobs = context.blobs().orElseThrow(() -> new KaiException(ErrorCode.UNSUPPORTED_CONNECTION_TYPE,
                "database files need object storage, which this deployment does not have"));
        String key = context.tenantKey(checkPath(relative));
        BlobInfo info = blobs.head(key).orElseThrow(() -> new KaiException(ErrorCode.DATABASE_FILE_NOT_FOUND,
                "there is no database file at '" + relative + "' in your storage"));
        return context.fileCache().fetch(blobs, key, info.etag());
    }
}
