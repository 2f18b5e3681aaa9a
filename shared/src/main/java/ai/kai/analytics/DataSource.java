package ai.kai.analytics;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Where the rows of an analysis come from: sent in the request ({@code "data": [{…}, …]}), a stored file
 * ({@code "file_id"}), whose columns are read in the query sandbox, or a read-only query on one of the tenant's
 * database connections ({@code "connection": "alias", "sql": "SELECT …"}), whose rows are then analysed like
 * inline rows.
 */
public sealed interface DataSource {

    /** What an answer's metadata says about the source (nothing for inline rows). */
    default Map<String, Object> metadata() {
        return Map.of();
    }

    /** Rows sent in the request: a JSON array of objects, one per row. */
    record Inline(JsonNode rows) implements DataSource {
        public Inline {
            if (rows == null || !rows.isArray() || rows.isEmpty()) {
                throw new KaiException(ErrorCode.MISSING_FIELD,
                        "'data' must be a non-empty list of row objects, e.g. [{\"group\": \"A\", \"value\": 1.5}, …]");
            }
            for (JsonNode row : rows) {
                if (!row.isObject()) {
                    throw new KaiException(ErrorCode.INVALID_REQUEST,
                            "each row of 'data' must be an object like {\"column\": value}; got " + abbreviated(row));
                }
            }
        }
    }

    /** An uploaded file of the caller's tenant. */
    record StoredFile(String fileId) implements DataSource {
        public StoredFile {
            if (fileId == null || fileId.isBlank()) {
                throw new KaiException(ErrorCode.MISSING_FIELD, "'file_id' is empty");
            }
        }

        @Override
        public Map<String, Object> metadata() {
            return Map.of("file_id", fileId);
        }
    }

    /** One read-only statement, in the source's own SQL dialect, on a connection of the caller's tenant. */
    record Connection(String alias, String sql) implements DataSource {
        public Connection {
            if (alias == null || alias.isBlank()) {
                throw new KaiException(ErrorCode.MISSING_FIELD, "'connection' is empty: name a connection alias");
            }
            if (sql == null || sql.isBlank()) {
                throw new KaiException(ErrorCode.MISSING_FIELD, "a 'connection' needs the 'sql' to run on it, e.g. "
                        + "{\"connection\": \"" + alias + "\", \"sql\": \"SELECT day, amount FROM sales\"}");
            }
        }

        @Override
        public Map<String, Object> metadata() {
            return Map.of("connection", alias);
        }

        /** The source a body names with {@code connection} and {@code sql} (both strings). */
        public static Connection from(JsonNode body) {
            JsonNode alias = body.get("connection");
            JsonNode sql = body.get("sql");
            if (!alias.isTextual()) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "'connection' must be a connection alias (a string)");
            }
            if (sql != null && !sql.isNull() && !sql.isTextual()) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "'sql' must be a string");
            }
            return new Connection(alias.asText().strip(), sql == null || sql.isNull() ? null : sql.asText());
        }
    }

    /** The source a request body names: exactly one of {@code file_id}, {@code data} and {@code connection}. */
    static DataSource from(JsonNode body) {
        boolean file = body.hasNonNull("file_id");
        boolean data = body.hasNonNull("data");
        boolean connection = body.hasNonNull("connection");
        if (body.hasNonNull("connection_id")) {
            throw new KaiException(ErrorCode.INVALID_REQUEST,
                    "name the connection with 'connection' (its alias) and the query with 'sql'");
        }
        if ((file ? 1 : 0) + (data ? 1 : 0) + (connection ? 1 : 0) > 1) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "send one of 'file_id', 'data' and 'connection', not several");
        }
        if (connection) {
            return Connection.from(body);
        }
        if (file) {
            JsonNode id = body.get("file_id");
            if (!id.isTextual()) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "'file_id' must be a string such as \"f_…\"");
            }
            return new StoredFile(id.asText().strip());
        }
        if (data) {
            return new Inline(body.get("data"));
        }
        throw new KaiException(ErrorCode.MISSING_FIELD,
                "say what to analyse: {\"file_id\": \"f_…\"}, {\"data\": [{\"column\": value}, …]} "
                        + "or {\"connection\": \"alias\", \"sql\": \"SELECT …\"}");
    }

    private static String abbreviated(JsonNode node) {
        String s = node.toString();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
