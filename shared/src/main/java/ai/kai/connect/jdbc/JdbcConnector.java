package ai.kai.connect.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.kai.connect.BatchSink;
import ai.kai.connect.ColumnInfo;
import ai.kai.connect.ConnectionTestResult;
import ai.kai.connect.Connector;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.DatabaseSchema;
import ai.kai.connect.QueryLimits;
import ai.kai.connect.StreamSummary;
import ai.kai.connect.TableRef;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A connector over JDBC, parameterised by a {@link JdbcDialect}: the guard first, then the statement on a pooled
 * connection inside the dialect's read-only transaction, bounded by the server's statement timeout, JDBC's query
 * timeout and a {@link Watchdog} that cancels it, and by the row limit ({@code setMaxRows}, so the server stops
 * early). Rows are fetched in batches ({@code setFetchSize}) so a stream never holds the whole result.
 */
public final class JdbcConnector implements Connector {
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(20);
    private final JdbcDialect dialect;
    private final ConnectorContext context;
    private final Collection<String> secrets;
    private ConnectionSource source;

    public JdbcConnector(JdbcDialect dialect, ConnectorContext context, Collection<String> secrets) {
        this.dialect = dialect;
        this.context = context;
        this.secrets = List.copyOf(secrets);
    }

    @Override
    public synchronized void connect() {
        if (source == null || !source.isOpen()) {
            try {
                source = dialect.open(context);
            } catch (SQLException e) {
                throw JdbcErrors.translate(e, dialect, secrets, false);
            }
        }
    }

    @Override
    public synchronized boolean isConnected() {
        return source != null && source.isOpen();
    }

    /** The open source, for tests and metrics; empty before the first use and after close. */
    public synchronized Optional<ConnectionSource> source() {
        return Optional.ofNullable(source).filter(ConnectionSource::isOpen);
    }

    @Override
    public ai.kai.query.QueryResult execute(String sql, QueryLimits limits) {
        String checked = dialect.check(sql, limits.timeout());
        long started = System.nanoTime();
        int fetch = (int) Math.min(1_000, limits.maxRows() + 1);
        return run(limits, (c, watchdog) -> {
            String statement = dialect.checkOn(c, checked);
            try (Statement s = prepare(c, limits, fetch, watchdog); ResultSet rs = s.executeQuery(statement)) {
                return ResultReader.readAll(rs, limits.maxRows(), context.maxResultBytes(), started, Map.of());
            }
        });
    }

    @Override
    public StreamSummary stream(String sql, QueryLimits limits, int batchSize, BatchSink sink) {
        String checked = dialect.check(sql, limits.timeout());
        long started = System.nanoTime();
        return run(limits, (c, watchdog) -> {
            String statement = dialect.checkOn(c, checked);
            try (Statement s = prepare(c, limits, batchSize, watchdog); ResultSet rs = s.executeQuery(statement)) {
                return ResultReader.stream(rs, limits.maxRows(), batchSize, started, sink);
            }
        });
    }

    @Override
    public DatabaseSchema schema() {
        return DatabaseSchema.of(listTables(Optional.empty()));
    }

    @Override
    public List<TableRef> listTables(Optional<String> schema) {
        return run(QueryLimits.of(1, METADATA_TIMEOUT), (c, w) -> {
            try (PreparedStatement ps = c.prepareStatement(dialect.tablesSql(schema.isPresent()))) {
                ps.setQueryTimeout((int) METADATA_TIMEOUT.toSeconds());
                if (schema.isPresent()) {
                    ps.setString(1, schema.get());
                }
                List<TableRef> tables = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tables.add(new TableRef(rs.getString(1), rs.getString(2), kind(rs.getString(3))));
                    }
                }
                return tables;
            }
        });
    }

    @Override
    public List<ColumnInfo> tableColumns(String table) {
        return run(QueryLimits.of(1, METADATA_TIMEOUT), (c, w) -> {
            TableName name = TableName.parse(table);
            String schema = name.schema().orElseGet(() -> currentSchema(c));
            try (PreparedStatement ps = c.prepareStatement(dialect.columnsSql())) {
                ps.setQueryTimeout((int) METADATA_TIMEOUT.toSeconds());
                ps.setString(1, schema);
                ps.setString(2, name.table());
                List<ColumnInfo> columns = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String nullable = String.valueOf(rs.getString(3));
                        columns.add(new ColumnInfo(rs.getString(1), rs.getString(2),
                                nullable.equalsIgnoreCase("YES") || nullable.equals("1") || nullable.equalsIgnoreCase("true"),
                                rs.getInt(4)));
                    }
                }
                if (columns.isEmpty()) {
                    throw new KaiException(ErrorCode.TABLE_NOT_FOUND, "there is no table '" + table + "' in schema '" + schema + "'");
                }
                return columns;
            }
        });
    }

    @Override
    public ConnectionTestResult test() {
        long started = System.nanoTime();
        return run(QueryLimits.of(1, context.connectTimeout()), (c, w) -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(dialect.healthCheckSql())) {
                rs.next();
            }
            String version = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            return new ConnectionTestResult(true, (System.nanoTime() - started) / 1_000_000, version);
        });
    }

    @Override
    public synchronized void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }

    private String currentSchema(Connection c) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(dialect.currentSchemaSql())) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : "main";
        } catch (SQLException e) {
            throw JdbcErrors.translate(e, dialect, secrets, false);
        }
    }

    private Statement prepare(Connection c, QueryLimits limits, int fetchSize, Watchdog.Ticket watchdog)
            throws SQLException {
        Statement s = c.createStatement();
        s.setQueryTimeout(limits.timeoutSeconds() + 1);
        s.setMaxRows(limits.maxRows() >= Integer.MAX_VALUE ? 0 : (int) limits.maxRows() + 1);
        s.setFetchSize(Math.max(1, fetchSize));
        watchdog.watch(s);
        return s;
    }

    private <T> T run(QueryLimits limits, Work<T> work) {
        connect();
        ConnectionSource current;
        synchronized (this) {
            current = source;
        }
        try (Connection c = current.get(); Watchdog.Ticket ticket = Watchdog.start(limits.timeout())) {
            try {
                dialect.begin(c, limits.timeout());
                return work.run(c, ticket);
            } catch (SQLException e) {
                throw JdbcErrors.translate(e, dialect, secrets, ticket.fired());
            } finally {
                endQuietly(c);
            }
        } catch (SQLException e) {
            throw JdbcErrors.translate(e, dialect, secrets, false);
        }
    }

    private void endQuietly(Connection c) {
        try {
            dialect.end(c);
        } catch (SQLException ignored) {
            // a broken connection is evicted by the pool when returned
        }
    }

    private static String kind(String type) {
        String t = type == null ? "TABLE" : type.toUpperCase(java.util.Locale.ROOT);
        return t.contains("VIEW") ? "VIEW" : t.equals("BASE TABLE") ? "TABLE" : t;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c, Watchdog.Ticket watchdog) throws SQLException;
    }
}
