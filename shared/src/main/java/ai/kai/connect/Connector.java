package ai.kai.connect;

import java.util.List;
import java.util.Optional;

import ai.kai.query.QueryResult;

/**
 * One configured data source (Trino-style SPI: a thin façade a {@link ConnectorFactory} builds from a
 * {@link ConnectionConfig}). Creating a connector opens nothing; the first call that needs the source connects
 * (lazily), and {@link #close()} releases its pool. Every statement passes the {@link ReadOnlyGuard} of the
 * connector's dialect and runs in the source's own read-only mode under a statement timeout and a row limit.
 * Failures are {@link ai.kai.error.KaiException}s with stable codes whose messages never carry a secret.
 */
public interface Connector extends AutoCloseable {
    /** Opens the pool or client now (idempotent); later calls would otherwise do it on first use. */
    void connect();

    boolean isConnected();

    /** Runs one read-only statement; at most {@code limits.maxRows()} rows, {@code truncated} if there were more. */
    QueryResult execute(String sql, QueryLimits limits);

    /**
     * Runs one read-only statement and hands its rows to {@code sink} in batches of up to {@code batchSize} rows,
     * each a {@link QueryResult} with the same columns; reads from the source as the sink consumes.
     */
    StreamSummary stream(String sql, QueryLimits limits, int batchSize, BatchSink sink);

    /** Schemas (datasets, databases) and their tables and views. */
    DatabaseSchema schema();

    /** Tables and views of one schema, or of every schema when empty. */
    List<TableRef> listTables(Optional<String> schema);

    /** Columns of {@code table} ({@code schema.table}, or a table of the default schema). */
    List<ColumnInfo> tableColumns(String table);

    /** Connects if needed and runs the source's health check; throws a coded failure when it is unhealthy. */
    ConnectionTestResult test();

    @Override
    void close();
}
