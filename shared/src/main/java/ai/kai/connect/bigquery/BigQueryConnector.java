package ai.kai.connect.bigquery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryException;
import com.google.cloud.bigquery.Dataset;
import com.google.cloud.bigquery.Field;
import com.google.cloud.bigquery.FieldValueList;
import com.google.cloud.bigquery.Job;
import com.google.cloud.bigquery.JobStatistics.QueryStatistics;
import com.google.cloud.bigquery.Schema;
import com.google.cloud.bigquery.Table;
import com.google.cloud.bigquery.TableId;
import com.google.cloud.bigquery.TableResult;

import ai.kai.connect.BatchSink;
import ai.kai.connect.ColumnInfo;
import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectionTestResult;
import ai.kai.connect.Connector;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.DatabaseSchema;
import ai.kai.connect.QueryLimits;
import ai.kai.connect.ReadOnlyGuard;
import ai.kai.connect.RowCollector;
import ai.kai.connect.SqlDialect;
import ai.kai.connect.StreamSummary;
import ai.kai.connect.TableRef;
import ai.kai.connect.jdbc.TableName;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.QueryResult;

/**
 * BigQuery through google-cloud-bigquery. Read-only by BigQuery's own word: after the guard, every statement is
 * first dry-run and must report {@code statementType = SELECT} (the dry run also prices it); then it runs as a
 * query job bounded by {@code jobTimeoutMs} (and {@code maximumBytesBilled} when set), and its rows are read page
 * by page. Result metadata carries {@code bytes_processed}, {@code cache_hit} and {@code job_id}.
 */
final class BigQueryConnector implements Connector {
    private final ConnectionConfig config;
    private final ConnectorContext context;
    private BigQuery client;

    BigQueryConnector(ConnectionConfig config, ConnectorContext context) {
        this.config = config;
        this.context = context;
    }

    @Override
    public synchronized void connect() {
        if (client == null) {
            client = BigQueryClients.create(config, context);
        }
    }

    @Override
    public synchronized boolean isConnected() {
        return client != null;
    }

    private BigQuery client() {
        connect();
        synchronized (this) {
            return client;
        }
    }

    @Override
    public QueryResult execute(String sql, QueryLimits limits) {
        long started = System.nanoTime();
        Job job = run(sql, limits);
        TableResult result = results(job, (int) Math.min(10_000, limits.maxRows() + 1));
        Schema schema = result.getSchema();
        RowCollector rows = new RowCollector(names(schema), types(schema), limits.maxRows(), context.maxResultBytes());
        call(() -> {
            for (FieldValueList row : result.iterateAll()) {
                if (!rows.add(BigQueryValues.row(schema, row))) {
                    break;
                }
            }
            return null;
        });
        return rows.result(started, metadata(job));
    }

    /**
     * Rows in batches of exactly {@code batchSize} (the last may be smaller), whatever page sizes BigQuery
     * chooses: the client asks for {@code maxResults} on the first page only and fetches later pages lazily.
     */
    @Override
    public StreamSummary stream(String sql, QueryLimits limits, int batchSize, BatchSink sink) {
        long started = System.nanoTime();
        Job job = run(sql, limits);
        TableResult result = results(job, batchSize);
        Schema schema = result.getSchema();
        Map<String, Object> metadata = metadata(job);
        long[] counts = new long[2];
        boolean[] truncated = new boolean[1];
        call(() -> {
            List<List<Object>> batch = new ArrayList<>(batchSize);
            long batchStarted = System.nanoTime();
            for (FieldValueList row : result.iterateAll()) {
                if (counts[0] == limits.maxRows()) {
                    truncated[0] = true;
                    break;
                }
                batch.add(BigQueryValues.row(schema, row));
                counts[0]++;
                if (batch.size() == batchSize) {
                    counts[1]++;
                    if (!sink.accept(batch(schema, batch, batchStarted, metadata))) {
                        return null;
                    }
                    batch = new ArrayList<>(batchSize);
                    batchStarted = System.nanoTime();
                }
            }
            if (!batch.isEmpty() || counts[1] == 0) {
                counts[1]++;
                sink.accept(batch(schema, batch, batchStarted, metadata));
            }
            return null;
        });
        return new StreamSummary(counts[0], counts[1], (System.nanoTime() - started) / 1_000_000, truncated[0]);
    }

    private static QueryResult batch(Schema schema, List<List<Object>> rows, long started, Map<String, Object> metadata) {
        return new QueryResult(names(schema), types(schema), rows, rows.size(), (System.nanoTime() - started) / 1_000_000,
                false, metadata);
    }

    private Job run(String sql, QueryLimits limits) {
        String statement = ReadOnlyGuard.check(SqlDialect.BIGQUERY, sql, limits.timeout());
        BigQueryJobs jobs = new BigQueryJobs(client(), config);
        QueryStatistics dry = jobs.dryRun(statement);
        if (dry.getStatementType() != QueryStatistics.StatementType.SELECT) {
            throw new KaiException(ErrorCode.SQL_NOT_READ_ONLY, "only read-only queries are allowed: BigQuery reports a "
                    + dry.getStatementType() + " statement");
        }
        return jobs.run(statement, limits.timeout());
    }

    private static TableResult results(Job job, int pageSize) {
        return call(() -> {
            try {
                return job.getQueryResults(BigQuery.QueryResultsOption.pageSize(Math.max(1, pageSize)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KaiException(ErrorCode.QUERY_TIMEOUT, "the query was interrupted");
            }
        });
    }

    private static Map<String, Object> metadata(Job job) {
        QueryStatistics stats = job.getStatistics();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bytes_processed", stats.getTotalBytesProcessed());
        m.put("cache_hit", stats.getCacheHit());
        m.put("job_id", job.getJobId().getJob());
        return m;
    }

    @Override
    public DatabaseSchema schema() {
        return DatabaseSchema.of(listTables(Optional.empty()));
    }

    @Override
    public List<TableRef> listTables(Optional<String> schema) {
        BigQuery bq = client();
        String project = config.requireSetting("project");
        List<String> datasets = schema.map(List::of).orElseGet(() -> call(() -> {
            List<String> names = new ArrayList<>();
            for (Dataset d : bq.listDatasets(project).iterateAll()) {
                names.add(d.getDatasetId().getDataset());
            }
            return names;
        }));
        List<TableRef> tables = new ArrayList<>();
        for (String dataset : datasets) {
            call(() -> {
                for (Table t : bq.listTables(com.google.cloud.bigquery.DatasetId.of(project, dataset)).iterateAll()) {
                    tables.add(new TableRef(dataset, t.getTableId().getTable(),
                            t.getDefinition() == null ? "TABLE" : t.getDefinition().getType().name()));
                }
                return null;
            });
        }
        return tables;
    }

    @Override
    public List<ColumnInfo> tableColumns(String table) {
        TableName name = TableName.parse(table);
        String dataset = name.schema().or(() -> config.setting("dataset")).orElseThrow(() -> new KaiException(
                ErrorCode.INVALID_REQUEST, "name the table as dataset.table (the connection has no default dataset)"));
        Table t = call(() -> client().getTable(TableId.of(config.requireSetting("project"), dataset, name.table())));
        if (t == null || t.getDefinition() == null || t.getDefinition().getSchema() == null) {
            throw new KaiException(ErrorCode.TABLE_NOT_FOUND, "there is no table '" + table + "'");
        }
        List<ColumnInfo> columns = new ArrayList<>();
        int position = 1;
        for (Field f : t.getDefinition().getSchema().getFields()) {
            columns.add(new ColumnInfo(f.getName(), f.getType().name(), f.getMode() != Field.Mode.REQUIRED, position++));
        }
        return columns;
    }

    @Override
    public ConnectionTestResult test() {
        long started = System.nanoTime();
        call(() -> client().listDatasets(config.requireSetting("project"), BigQuery.DatasetListOption.pageSize(1)));
        return new ConnectionTestResult(true, (System.nanoTime() - started) / 1_000_000, "BigQuery");
    }

    @Override
    public synchronized void close() {
        client = null;
    }

    static List<String> names(Schema schema) {
        return schema == null ? List.of() : schema.getFields().stream().map(Field::getName).toList();
    }

    static List<String> types(Schema schema) {
        return schema == null ? List.of() : schema.getFields().stream().map(f -> f.getType().name()).toList();
    }

    static <T> T call(java.util.function.Supplier<T> op) {
        try {
            return op.get();
        } catch (BigQueryException e) {
            throw BigQueryErrors.translate(e);
        }
    }
}
