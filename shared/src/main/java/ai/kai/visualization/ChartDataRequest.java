package ai.kai.visualization;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;

/**
 * The data a request charts: {@code "data": [{…}, …]} rows inline, or a {@code "file_id"} with an optional
 * {@code "sql"}, a read-only query over the file (table {@code data}) whose result is charted.
 */
public record ChartDataRequest(List<Map<String, Object>> rows, String fileId, String sql) {
    public static final int MAX_INLINE_ROWS = 100_000;
    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
    };

    public boolean isInline() {
        return fileId == null;
    }

    public static ChartDataRequest from(JsonNode body) {
        boolean hasData = body.has("data") && !body.get("data").isNull();
        String fileId = JsonRequests.optionalText(body, "file_id");
        String sql = JsonRequests.optionalText(body, "sql");
        if (hasData && fileId != null) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "send either 'data' (rows) or 'file_id', not both");
        }
        if (sql != null && fileId == null) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'sql' runs over a file: send it with a 'file_id'");
        }
        if (fileId != null) {
            if (fileId.isBlank()) {
                throw new KaiException(ErrorCode.MISSING_FIELD, "'file_id' is empty");
            }
            return new ChartDataRequest(null, fileId, sql);
        }
        if (!hasData) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "send the rows as \"data\": [{\"column\": value, …}, …] "
                    + "or name a file with \"file_id\" (and optionally \"sql\")");
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
        return new ChartDataRequest(Json.mapper().convertValue(data, ROWS), null, null);
    }
}
