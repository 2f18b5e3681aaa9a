package ai.kai.agent;

import java.util.List;
import java.util.Optional;

import ai.kai.agent.tools.AgentData;
import ai.kai.files.FileQueryService;
import ai.kai.files.FileRecord;
import ai.kai.query.QueryRequest;
import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;

/** A ready file of the caller's tenant as the agent's data source: table {@code data}, queried in the file sandbox. */
final class FileData implements AgentData {
    private final TenantId tenant;
    private final FileRecord record;
    private final FileQueryService queries;

    FileData(TenantId tenant, FileRecord record, FileQueryService queries) {
        this.tenant = tenant;
        this.record = record;
        this.queries = queries;
    }

    @Override
    public String label() {
        return "the file '" + record.name() + "' (" + record.fileId() + ")";
    }

    @Override
    public String sourceId() {
        return record.fileId();
    }

    @Override
    public String dialect() {
        return "DuckDB";
    }

    @Override
    public List<TableInfo> tables() {
        return List.of(new TableInfo("data", record.rowCount(),
                record.columns().stream().map(c -> new TableInfo.Column(c.name(), c.type())).toList()));
    }

    @Override
    public QueryResult query(String sql, int limit) {
        return queries.query(tenant, record.fileId(), new QueryRequest(sql, limit));
    }

    @Override
    public Optional<QueryResult> profile(TableInfo table) {
        return Optional.of(query("SUMMARIZE " + quoted(table), 500));
    }

    @Override
    public QueryResult sample(TableInfo table, int rows) {
        return query("SELECT * FROM " + quoted(table) + " LIMIT " + rows, rows);
    }

    private static String quoted(TableInfo table) {
        return "\"" + table.name().replace("\"", "\"\"") + "\"";
    }

    @Override
    public Optional<String> fileId() {
        return Optional.of(record.fileId());
    }
}
