package ai.kai.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import ai.kai.config.KaiConfig;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Runs one user statement against one dataset inside DuckDB's sandbox (DESIGN D6): a new connection per
 * request to the dataset's locked sandbox ({@link SandboxPool}: memory and threads from the function's size,
 * the dataset attached READ_ONLY, external access off, configuration locked); then the {@link SqlGuard};
 * then the statement under a timeout, its rows streamed until the row limit or the response-size cap.
 */
public final class QueryEngine {
    static final int SANDBOXES_KEPT = 2;
    private final int timeoutSeconds;
    private final long maxResultBytes;
    private final SandboxPool sandboxes;

    public QueryEngine(KaiConfig config) {
        this(config.duckDbMemoryLimit(), config.duckDbThreads(), (int) config.queryTimeout().toSeconds(),
                config.maxResultBytes(), config.cacheDir().resolve("duckdb-tmp"));
    }

    public QueryEngine(String memoryLimit, int threads, int timeoutSeconds, long maxResultBytes, Path tempDir) {
        this.timeoutSeconds = timeoutSeconds;
        this.maxResultBytes = maxResultBytes;
        this.sandboxes = new SandboxPool(memoryLimit, threads, tempDir, SANDBOXES_KEPT);
    }

    /** Loads the native library and runs one tiny query: what SnapStart priming and cold start pay once. */
    public static void warmUp() {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 42")) {
            rs.next();
        } catch (SQLException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "DuckDB failed to start", e);
        }
    }

    public QueryResult query(Path databaseFile, QueryRequest request) {
        return query(databaseFile, request, List.of());
    }

    /**
     * As {@link #query(Path, QueryRequest)}, with values bound to the statement's {@code ?} markers in order (e.g.
     * from {@link NamedParameters#bind}): the same sandbox and guard, values never part of the SQL text.
     */
    public QueryResult query(Path databaseFile, QueryRequest request, List<Object> parameters) {
        long started = System.nanoTime();
        try (Connection connection = sandboxes.connect(databaseFile)) {
            String statement = SqlGuard.check(connection, request.sql());
            return execute(connection, statement, request.limit(), started, databaseFile, parameters);
        } catch (SQLException e) {
            throw DuckDbErrors.translate(e, databaseFile);
        }
    }

    /** Reads a result set: e.g. {@code rs -> Table.fromResultSet(rs, max)}. */
    @FunctionalInterface
    public interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Checks {@code sql} with the {@link SqlGuard} inside the dataset's sandbox and answers the statement to run
     * (trimmed of a trailing ';'), so a caller can embed it as a subquery; the refusal is a 4xx as for
     * {@link #query}.
     */
    public String guard(Path databaseFile, String sql) {
        try (Connection connection = sandboxes.connect(databaseFile)) {
            return SqlGuard.check(connection, sql);
        } catch (SQLException e) {
            throw DuckDbErrors.translate(e, databaseFile);
        }
    }

    /**
     * Runs one statement built by the caller (e.g. chart aggregation SQL around a guarded user query) in the same
     * sandbox, after the same guard, under the same timeout, and hands the result to {@code reader}: the rows
     * stay in DuckDB until the reader pulls them.
     */
    public <T> T read(Path databaseFile, String sql, ResultReader<T> reader) {
        try (Connection connection = sandboxes.connect(databaseFile)) {
            String statement = SqlGuard.check(connection, sql);
            try (PreparedStatement ps = connection.prepareStatement(statement)) {
                ps.setQueryTimeout(timeoutSeconds);
                try (ResultSet rs = ps.executeQuery()) {
                    return reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw DuckDbErrors.translate(e, databaseFile);
        } catch (OutOfMemoryError e) {
            throw new KaiException(ErrorCode.QUERY_RESOURCE_LIMIT,
                    "the chart data is too large to read; aggregate or filter it first");
        }
    }

    /**
     * Whole columns of table {@code data}, in table order, read in the dataset's locked sandbox under the query
     * timeout. Names must come from {@link ColumnNames#resolve} and are quoted here; more than {@code maxRows} rows
     * is a 413 ({@code TOO_MANY_ROWS}).
     */
    public ColumnData readColumns(Path databaseFile, List<String> columns, int maxRows) {
        try (Connection connection = sandboxes.connect(databaseFile)) {
            return ColumnReader.read(connection, columns, maxRows, timeoutSeconds);
        } catch (SQLException e) {
            throw DuckDbErrors.translate(e, databaseFile);
        } catch (OutOfMemoryError e) {
            throw new KaiException(ErrorCode.QUERY_RESOURCE_LIMIT,
                    "the columns are too large to analyse in one request; filter or sample the data first");
        }
    }

    /** Runs a guarded statement on a connection the caller locked down (e.g. a notebook's code-cell sandbox). */
    public QueryResult execute(Connection connection, String statement, int limit, List<Object> parameters)
            throws SQLException {
        return execute(connection, statement, limit, System.nanoTime(), null, parameters);
    }

    private QueryResult execute(Connection connection, String statement, int limit, long started, Path dataset,
                                List<Object> parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(statement)) {
            ps.setQueryTimeout(timeoutSeconds);
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, bindable(parameters.get(i)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<String> columns = new ArrayList<>(n);
                List<String> types = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    columns.add(md.getColumnLabel(i));
                    types.add(md.getColumnTypeName(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                long bytes = 0;
                boolean truncated = false;
                while (rs.next()) {
                    if (rows.size() == limit) {
                        truncated = true;
                        break;
                    }
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        Object value = ValueConverter.toJson(rs.getObject(i));
                        bytes += ValueConverter.estimateBytes(value) + 1;
                        row.add(value);
                    }
                    if (bytes > maxResultBytes) {
                        if (rows.isEmpty()) {
                            throw new KaiException(ErrorCode.RESULT_TOO_LARGE, "a single row of the result is larger than "
                                    + maxResultBytes / 1024 + " KiB; select fewer or shorter columns");
                        }
                        truncated = true;
                        break;
                    }
                    rows.add(row);
                }
                long elapsedMs = (System.nanoTime() - started) / 1_000_000;
                return new QueryResult(columns, types, rows, rows.size(), elapsedMs, truncated);
            }
        } catch (SQLException e) {
            throw DuckDbErrors.translate(e, dataset);
        } catch (OutOfMemoryError e) {
            throw new KaiException(ErrorCode.QUERY_RESOURCE_LIMIT,
                    "the result is too large to return; aggregate, filter or LIMIT the query");
        }
    }

    private static Object bindable(Object value) {
        return value instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : value;
    }

    static String sqlString(String s) {
        return s.replace("'", "''");
    }
}
