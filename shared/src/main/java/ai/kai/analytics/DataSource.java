package ai.kai.analytics;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Where the rows of an analysis come from: sent in the request ({@code "data": [{…}, …]}) or a stored file
 * ({@code "file_id"}), whose columns are read in the query sandbox.
 */
public sealed interface DataSource {

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
    }

    /** The source a request body names: exactly one of {@code file_id} and {@code data}. */
    static DataSource from(JsonNode body) {
        boolean file = body.hasNonNull("file_id");
        boolean data = body.hasNonNull("data");
        if (body.hasNonNull("connection_id") || body.hasNonNull("connection")) {
            throw new KaiException(ErrorCode.INVALID_REQUEST,
                    "analyses of connections are not available yet; send 'data' rows or upload the data and send its 'file_id'");
        }
        if (file && data) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "send either 'file_id' or 'data', not both");
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
                "say what to analyse: {\"file_id\": \"f_…\"} or {\"data\": [{\"column\": value}, …]}");
    }

    private static String abbreviated(JsonNode node) {
        String s = node.toString();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
