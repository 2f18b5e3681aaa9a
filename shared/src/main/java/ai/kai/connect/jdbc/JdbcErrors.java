package ai.kai.connect.jdbc;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Collection;
import java.util.Set;

import ai.kai.connect.Redaction;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Maps JDBC failures to stable codes by SQLSTATE class and the few vendor codes that need it (MySQL/MariaDB,
 * SQLite, Snowflake). Looks through wrappers (Hikari's "connection is not available" carries the real cause).
 * Messages are the driver's first line with every secret value removed; the cause is not kept on 4xx errors.
 */
public final class JdbcErrors {
    private static final Set<Integer> MYSQL_DENIED = Set.of(1044, 1142, 1143, 1227, 1370);
    private static final Set<Integer> MYSQL_TIMEOUT = Set.of(3024, 1969, 1317);
    private static final Set<Integer> MYSQL_READ_ONLY = Set.of(1792, 1290, 1836);

    private JdbcErrors() {
    }

    public static KaiException translate(SQLException error, JdbcDialect dialect, Collection<String> secrets,
            boolean timedOut) {
        SQLException e = innermostWithState(error);
        var special = dialect.translate(e);
        if (special.isPresent()) {
            return special.get();
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int vendor = e.getErrorCode();
        String detail = Redaction.scrub(Redaction.firstLine(e.getMessage()), secrets);
        if (timedOut || e instanceof SQLTimeoutException || state.equals("57014") || MYSQL_TIMEOUT.contains(vendor)
                || state.equals("70100")) {
            return new KaiException(ErrorCode.QUERY_TIMEOUT,
                    "the query ran longer than its time limit and was stopped; add filters, aggregate, or LIMIT");
        }
        if (state.startsWith("28") || vendor == 1045 || vendor == 390100) {
            return new KaiException(ErrorCode.AUTHENTICATION_FAILED, "the " + dialect.type()
                    + " server at " + dialect.location() + " refused the credentials: check the user name and password or key");
        }
        if (state.startsWith("08") || isNetwork(error) || state.equals("3D000") || vendor == 1049) {
            return new KaiException(ErrorCode.CONNECTION_FAILED, "could not connect to the " + dialect.type()
                    + " server at " + dialect.location() + ": " + detail);
        }
        if (state.equals("25006") || MYSQL_READ_ONLY.contains(vendor)) {
            return new KaiException(ErrorCode.SQL_NOT_READ_ONLY,
                    "only read-only queries are allowed; the server refused a write: " + detail);
        }
        if (state.equals("42501") || MYSQL_DENIED.contains(vendor)) {
            return new KaiException(ErrorCode.DATABASE_PERMISSION_DENIED,
                    "the database user may not do this: " + detail);
        }
        if (state.equals("42601") || vendor == 1064) {
            return new KaiException(ErrorCode.SQL_SYNTAX_ERROR, "SQL syntax error: " + detail);
        }
        if (state.startsWith("42") || state.startsWith("22") || state.startsWith("0A") || state.startsWith("HY")
                || state.startsWith("21") || state.startsWith("23")) {
            return new KaiException(ErrorCode.SQL_INVALID, detail);
        }
        if (state.startsWith("53") || state.startsWith("54")) {
            return new KaiException(ErrorCode.QUERY_RESOURCE_LIMIT, "the server ran out of resources: " + detail);
        }
        return new KaiException(ErrorCode.SQL_INVALID, "the " + dialect.type() + " server reported: " + detail);
    }

    /** The deepest SQLException in the chain that carries a SQLSTATE, else the outermost. */
    static SQLException innermostWithState(SQLException error) {
        SQLException best = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && !s.getSQLState().isEmpty()) {
                best = s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return best;
    }

    private static boolean isNetwork(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
