package ai.kai.query;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** A user's SQL over one dataset, with the most rows they want back. */
public record QueryRequest(String sql, int limit) {
    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 100_000;

    public QueryRequest {
        if (sql == null || sql.isBlank()) {
            throw new KaiException(ErrorCode.SQL_EMPTY, "the field 'sql' is required and must not be blank");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new KaiException(ErrorCode.INVALID_REQUEST,
                    "'limit' must be between 1 and " + MAX_LIMIT + " (got " + limit + ")");
        }
    }
}
