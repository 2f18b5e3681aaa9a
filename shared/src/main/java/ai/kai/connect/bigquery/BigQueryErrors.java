package ai.kai.connect.bigquery;

import com.google.cloud.bigquery.BigQueryError;
import com.google.cloud.bigquery.BigQueryException;

import ai.kai.connect.Redaction;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * BigQuery's error JSON ({@code {error: {code, message, status, errors: [{reason, message}]}}}) to stable codes,
 * by HTTP status and reason as documented in BigQuery's error-message table.
 */
final class BigQueryErrors {
    private BigQueryErrors() {
    }

    static KaiException translate(BigQueryException e) {
        String reason = e.getReason() == null ? "" : e.getReason();
        String message = Redaction.firstLine(e.getMessage());
        if (e.getCode() == 401 || reason.equals("invalid_grant") || message.contains("invalid_grant")
                || message.contains("Error getting access token")) {
            return new KaiException(ErrorCode.AUTHENTICATION_FAILED,
                    "BigQuery refused the credentials: check the service-account key and that it is enabled");
        }
        if (e.getCode() == 0 && e.getCause() instanceof java.io.IOException) {
            return new KaiException(ErrorCode.CONNECTION_FAILED, "could not reach BigQuery: " + e.getCause().getClass().getSimpleName());
        }
        return byReason(e.getCode(), reason, message);
    }

    static KaiException translate(BigQueryError error) {
        return byReason(0, error.getReason() == null ? "" : error.getReason(), Redaction.firstLine(error.getMessage()));
    }

    private static KaiException byReason(int status, String reason, String message) {
        return switch (reason) {
            case "accessDenied", "billingNotEnabled", "responseTooLarge" ->
                    new KaiException(ErrorCode.DATABASE_PERMISSION_DENIED, "BigQuery refused: " + message);
            case "bytesBilledLimitExceeded", "quotaExceeded", "rateLimitExceeded", "resourcesExceeded" ->
                    new KaiException(ErrorCode.QUERY_RESOURCE_LIMIT, "BigQuery limit reached: " + message);
            case "notFound" -> new KaiException(ErrorCode.SQL_INVALID, "BigQuery: " + message);
            case "timeout", "jobTimeout" -> new KaiException(ErrorCode.QUERY_TIMEOUT,
                    "the query ran longer than its time limit and was stopped; add filters, aggregate, or LIMIT");
            case "invalidQuery", "invalid" -> new KaiException(message.startsWith("Syntax error")
                    ? ErrorCode.SQL_SYNTAX_ERROR : ErrorCode.SQL_INVALID, "BigQuery: " + message);
            default -> status == 403 ? new KaiException(ErrorCode.DATABASE_PERMISSION_DENIED, "BigQuery refused: " + message)
                    : status >= 500 ? new KaiException(ErrorCode.CONNECTION_FAILED, "BigQuery is unavailable: " + message)
                    : new KaiException(ErrorCode.SQL_INVALID, "BigQuery: " + message);
        };
    }
}
