package ai.kai.connect.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import ai.kai.connect.ConnectorContext;
import ai.kai.connect.SqlDialect;
import ai.kai.connect.jdbc.ConnectionSource;
import ai.kai.connect.jdbc.JdbcDialect;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.SqlGuard;

/**
 * DuckDB files are checked by DuckDB's own parser ({@link SqlGuard}, as file queries are) on a connection to a
 * locked sandbox ({@link DuckDbSource}): the file attached READ_ONLY, external access off, configuration locked.
 */
final class DuckDbDialect implements JdbcDialect {
    private final String path;
    private final String memoryLimit;
    private final int threads;

    DuckDbDialect(String path, String memoryLimit, int threads) {
        this.path = path;
        this.memoryLimit = memoryLimit;
        this.threads = threads;
    }

    @Override
    public String type() {
        return "duckdb";
    }

    @Override
    public SqlDialect sqlDialect() {
        return SqlDialect.POSTGRES;
    }

    @Override
    public String check(String sql, Duration timeout) {
        if (sql == null || sql.isBlank()) {
            throw new KaiException(ErrorCode.SQL_EMPTY, "the SQL text is empty");
        }
        return sql;
    }

    @Override
    public String checkOn(Connection c, String statement) {
        return SqlGuard.check(c, statement);
    }

    @Override
    public ConnectionSource open(ConnectorContext context) {
        return new DuckDbSource(context, path, memoryLimit, threads);
    }

    @Override
    public void begin(Connection c, Duration timeout) {
        // the attachment is read-only; JDBC's query timeout and the watchdog bound the time
    }

    @Override
    public void end(Connection c) {
        // nothing was begun
    }

    @Override
    public String tablesSql(boolean oneSchema) {
        return "SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_catalog = 'db'"
                + (oneSchema ? " AND table_schema = ?" : "") + " ORDER BY table_schema, table_name";
    }

    @Override
    public String columnsSql() {
        return "SELECT column_name, data_type, is_nullable, ordinal_position FROM information_schema.columns "
                + "WHERE table_catalog = 'db' AND table_schema = ? AND table_name = ? ORDER BY ordinal_position";
    }

    @Override
    public String currentSchemaSql() {
        return "SELECT current_schema()";
    }

    @Override
    public String healthCheckSql() {
        return "SELECT count(*) FROM information_schema.tables";
    }

    @Override
    public Optional<KaiException> translate(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("Parser Error")) {
            return Optional.of(new KaiException(ErrorCode.SQL_SYNTAX_ERROR, firstLine(m)));
        }
        if (m.startsWith("Permission Error")) {
            return Optional.of(new KaiException(ErrorCode.SQL_FORBIDDEN_FUNCTION,
                    "the query tried to reach outside the database file, which is not allowed"));
        }
        if (m.contains("read-only mode") || m.contains("configuration has been locked")) {
            return Optional.of(new KaiException(ErrorCode.SQL_NOT_READ_ONLY, "only read-only queries are allowed: " + firstLine(m)));
        }
        if (m.startsWith("INTERRUPT Error")) {
            return Optional.of(new KaiException(ErrorCode.QUERY_TIMEOUT,
                    "the query ran longer than its time limit and was stopped; add filters, aggregate, or LIMIT"));
        }
        if (m.contains("Error: ")) {
            return Optional.of(new KaiException(ErrorCode.SQL_INVALID, firstLine(m)));
        }
        return Optional.empty();
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    @Override
    public String location() {
        return path;
    }
}
