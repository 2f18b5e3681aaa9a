package ai.kai.query;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Turns DuckDB's error text ("Parser Error: …", "Binder Error: …") into stable codes and safe messages. */
final class DuckDbErrors {
    private DuckDbErrors() {
    }

    static KaiException translate(SQLException e, Path hide) {
        String message = firstLine(e.getMessage());
        if (hide != null) {
            message = message.replace(hide.toAbsolutePath().toString(), "<dataset>");
        }
        if (e instanceof SQLTimeoutException || message.startsWith("INTERRUPT Error")) {
            return new KaiException(ErrorCode.QUERY_TIMEOUT,
                    "the query ran longer than its time limit and was stopped; add filters, aggregate, or LIMIT", e);
        }
        if (message.startsWith("Parser Error")) {
            return new KaiException(ErrorCode.SQL_SYNTAX_ERROR, message, e);
        }
        if (message.startsWith("Permission Error")) {
            return new KaiException(ErrorCode.SQL_FORBIDDEN_FUNCTION,
                    "the query tried to reach outside the dataset (files, network or settings), which is not allowed", e);
        }
        if (message.startsWith("Out of Memory Error")) {
            return new KaiException(ErrorCode.QUERY_RESOURCE_LIMIT,
                    "the query needs more memory than a query may use; aggregate, filter or LIMIT it", e);
        }
        if (message.contains("read-only mode") || message.contains("configuration has been locked")) {
            return new KaiException(ErrorCode.SQL_NOT_READ_ONLY, "only read-only queries are allowed: " + message, e);
        }
        if (message.startsWith("INTERNAL Error") || message.startsWith("FATAL Error")) {
            return new KaiException(ErrorCode.INTERNAL_ERROR, "the query engine failed internally", e);
        }
        return new KaiException(ErrorCode.SQL_INVALID, message, e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "the query failed";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
