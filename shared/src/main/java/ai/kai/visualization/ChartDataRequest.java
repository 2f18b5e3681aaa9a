package ai.kai.visualization;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;

/**
 * The data a request charts: {@code "data": [{…}, …]} rows inline, a {@code "file_id"} with an optional
 * {@code "sql"}, a read-only query over the file (table {@code data}) whose result is charted, or a
 * {@code "connection"} (an alias) with the {@code "sql"} to run on that database, whose rows are charted like
 * inline rows.
 */
public record ChartDataRequest(List<Map<String, Object>> rows, String fileId, String sql, String connection) {
    public static final int MAX_INLINE_ROWS = 100_000;
    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
    };

    public boolean isInline() {
        return fileId == null && connection == null;
    }

    public boolean isConnection() {
        return connection != null;
    }

    public static ChartDataRequest from(JsonNode body) {
        boolean hasData = body.has("data") && !body.get("data").isNull();
        String fileId = JsonRequests.optionalText(body, "file_id");
        String sql = JsonRequests.optionalText(body, "sql");
        String connection = JsonRequests.optionalText(body, "connection");
        if ((hasData ? 1 : 0) + (fileId != null ? 1 : 0) + (connection != null ? 1 : 0) > 1) {
            throw new KaiException(ErrorCode.INVALID_REQUEST,
                    "send one of 'data' (rows), 'file_id' and 'connection', not several");
        }
        if (connection != null) {
            if (connection.isBlank()) {
                throw new KaiException(ErrorCode.MISSING_FIELD, "'connection' is empty: name a connection alias");
            }
            if (sql == null || sql.isBlank()) {
                throw new KaiException(ErrorCode.MISSING_FIELD, "a 'connection' needs the 'sql' to run on it, e.g. "
                        + "{\"connection\": \"" + connection + "\", \"sql\": \"SELECT region, revenue FROM sales\"}");
            }
            return new ChartDataRequest(null, null, sql, connection.strip());
        }
        if (sql != null && fileId == null) {
            throw new KaiException(ErrorCode.MISSING_FIELD,
                    "'sql' runs over a file or a connection: send it with a 'file_id' or a 'connection'");
        }
        if (fileId != null) {
            if (fileId.isBlank()) {
                throw new KaiException(ErrorCode.MISSING_FIELD, "'file_id' is empty");
            }
            return new ChartDataRequest(null, fileId, sql, null);
        }
        if (!hasData) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "send the rows as \"data\": [{\"column\": value, …}, …], "
                    + "name a file with \"file_id\" (and optionally \"sql\") or a connection with \"connection\" and \"sql\"");
        }
        JsonNode data = body.get("data");
        if (!data.isArray()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'data' must be a list of row objects, e.g. "
                    + "[{\"region\": \"North\", \"revenue\": 120}]");
        }
        if (data.size() > MAX_INLINE_ROWS) {
            throw new KaiException(ErrorCode.PAYLOAD_TOO_LARGE, "inline data is limited to " + MAX_INLINE_ROWS
                    + " rows; upload the data as a file and chart it by file_id");
        }
        for (JsonNode row : data) {
            if (!row.isObject()) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "each row of 'data' must be an object like "
                        + "{\"column\": value}; got " + (row.toString().length() > 40 ? row.toString().substring(0, 40) + "…" : row));
            }
        }
        return new ChartDataRequest(Json.mapper().convertValue(data, ROWS), null, null, null);
    }
}
