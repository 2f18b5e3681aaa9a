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
    NO_DATA_ROWS(ErrorKind.UNPROCESSABLE),
    UPLOAD_MISSING(ErrorKind.CONFLICT),
    INGEST_FAILED(ErrorKind.INTERNAL),

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

    // forecasting and time series
    UNPARSEABLE_DATES(ErrorKind.INVALID_INPUT),
    NON_NUMERIC_VALUES(ErrorKind.INVALID_INPUT),
    FORECAST_INVALID_REQUEST(ErrorKind.INVALID_INPUT),
    FORECAST_TOO_FEW_POINTS(ErrorKind.UNPROCESSABLE),
    FORECAST_CONSTANT_SERIES(ErrorKind.UNPROCESSABLE),
    FORECAST_FREQUENCY_UNKNOWN(ErrorKind.UNPROCESSABLE),
    FORECAST_MODEL_FAILED(ErrorKind.UNPROCESSABLE),

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
