package ai.kai.error;

/**
 * Stable error codes. Clients and scripts match on these names, so a code is never renamed or reused;
 * new failures get new codes.
 */
public enum ErrorCode {
    // request shape
    INVALID_REQUEST(ErrorKind.INVALID_INPUT),
    INVALID_JSON(ErrorKind.INVALID_INPUT),
    MISSING_FIELD(ErrorKind.INVALID_INPUT),
    INVALID_PAGINATION(ErrorKind.INVALID_INPUT),
    ROUTE_NOT_FOUND(ErrorKind.NOT_FOUND),
    UNAUTHENTICATED(ErrorKind.UNAUTHENTICATED),
    PAYLOAD_TOO_LARGE(ErrorKind.TOO_LARGE),

    // files
    FILE_NOT_FOUND(ErrorKind.NOT_FOUND),
    FILE_NOT_READY(ErrorKind.CONFLICT),
    FILE_ALREADY_EXISTS(ErrorKind.CONFLICT),
    INVALID_FILE_NAME(ErrorKind.INVALID_INPUT),
    EMPTY_FILE(ErrorKind.INVALID_INPUT),
    BINARY_CONTENT(ErrorKind.UNSUPPORTED),
    UNSUPPORTED_FILE_TYPE(ErrorKind.UNSUPPORTED),
    FILE_TOO_LARGE(ErrorKind.TOO_LARGE),
    CSV_PARSE_ERROR(ErrorKind.UNPROCESSABLE),
    JSON_PARSE_ERROR(ErrorKind.UNPROCESSABLE),
    PARQUET_READ_ERROR(ErrorKind.UNPROCESSABLE),
    EXCEL_READ_ERROR(ErrorKind.UNPROCESSABLE),
    SHEET_NOT_FOUND(ErrorKind.INVALID_INPUT),
    FILE_TYPE_MISMATCH(ErrorKind.UNSUPPORTED),
    TOO_MANY_BAD_ROWS(ErrorKind.UNPROCESSABLE),
    NO_DATA_ROWS(ErrorKind.UNPROCESSABLE),
    UPLOAD_MISSING(ErrorKind.CONFLICT),
    INGEST_FAILED(ErrorKind.INTERNAL),

    // cleaning
    INVALID_CLEANING_OPERATION(ErrorKind.INVALID_INPUT),
    COLUMN_NOT_FOUND(ErrorKind.INVALID_INPUT),
    CONVERSION_FAILED(ErrorKind.UNPROCESSABLE),
    CLEANING_EMPTIED_TABLE(ErrorKind.UNPROCESSABLE),

    // query
    SQL_EMPTY(ErrorKind.INVALID_INPUT),
    SQL_SYNTAX_ERROR(ErrorKind.INVALID_INPUT),
    SQL_MULTIPLE_STATEMENTS(ErrorKind.INVALID_INPUT),
    SQL_NOT_READ_ONLY(ErrorKind.FORBIDDEN),
    SQL_FORBIDDEN_FUNCTION(ErrorKind.FORBIDDEN),
    SQL_INVALID(ErrorKind.INVALID_INPUT),
    QUERY_TIMEOUT(ErrorKind.TIMEOUT),
    QUERY_RESOURCE_LIMIT(ErrorKind.UNPROCESSABLE),
    RESULT_TOO_LARGE(ErrorKind.TOO_LARGE),

    // analytics: series input (anomaly detection, decomposition, forecasting)
    NON_NUMERIC_VALUE(ErrorKind.INVALID_INPUT),
    INVALID_DATE(ErrorKind.INVALID_INPUT),
    IRREGULAR_DATES(ErrorKind.UNPROCESSABLE),
    TOO_FEW_POINTS(ErrorKind.UNPROCESSABLE),
    CONSTANT_SERIES(ErrorKind.UNPROCESSABLE),
    NO_SPREAD(ErrorKind.UNPROCESSABLE),
    NO_SEASONALITY(ErrorKind.UNPROCESSABLE),

    // profile
    TABLE_NOT_FOUND(ErrorKind.NOT_FOUND),
    PROFILE_NOT_READY(ErrorKind.CONFLICT),
    PROFILE_FAILED(ErrorKind.INTERNAL),
    // statistics: every one is the caller's mistake (400), never a NaN or a 500
    STATS_INVALID_INPUT(ErrorKind.INVALID_INPUT),
    NON_NUMERIC_VALUES(ErrorKind.INVALID_INPUT),
    TOO_FEW_OBSERVATIONS(ErrorKind.INVALID_INPUT),
    GROUP_TOO_SMALL(ErrorKind.INVALID_INPUT),
    TOO_FEW_GROUPS(ErrorKind.INVALID_INPUT),
    TOO_MANY_GROUPS(ErrorKind.INVALID_INPUT),
    CONSTANT_VALUES(ErrorKind.INVALID_INPUT),
    LENGTH_MISMATCH(ErrorKind.INVALID_INPUT),
    INVALID_CONTINGENCY_TABLE(ErrorKind.INVALID_INPUT),
    VALUES_OUT_OF_RANGE(ErrorKind.INVALID_INPUT),

    // everything else
    INTERNAL_ERROR(ErrorKind.INTERNAL),
    STORAGE_UNAVAILABLE(ErrorKind.UNAVAILABLE);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
