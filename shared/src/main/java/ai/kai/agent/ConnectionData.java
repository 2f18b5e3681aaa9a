package ai.kai.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.kai.agent.tools.AgentData;
import ai.kai.connect.ConnectionInfo;
import ai.kai.connect.ConnectionManager;
import ai.kai.connect.QueryLimits;
import ai.kai.connect.TableRef;
import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;

/**
 * A connection of the caller's tenant as the agent's data source: its tables (schema-qualified), queried through
 * the connector SPI, so every statement passes the connector's read-only guard in the source's dialect, runs in the
 * source's read-only mode and is bounded by the connector's row limit and statement timeout.
 */
final class ConnectionData implements AgentData {
    /** Tables whose columns go into the model's prompt; the rest are listed by name (describe_table reads them). */
    static final int TABLES_WITH_COLUMNS = 25;
    static final int MAX_TABLES = 200;
    private static final Map<String, String> DIALECTS = Map.of("postgresql", "PostgreSQL", "redshift", "Amazon Redshift",
            "mysql", "MySQL", "sqlite", "SQLite", "duckdb", "DuckDB", "bigquery", "BigQuery GoogleSQL",
            "snowflake", "Snowflake");
    private final TenantId tenant;
    private final ConnectionInfo info;
    private final ConnectionManager connections;
    private final Duration timeout;
    private List<TableInfo> tables;

    ConnectionData(TenantId tenant, ConnectionInfo info, ConnectionManager connections, Duration timeout) {
        this.tenant = tenant;
        this.info = info;
        this.connections = connections;
        this.timeout = timeout;
    }

    @Override
    public String label() {
        return "the database connection '" + info.alias() + "' (" + dialect() + ")";
    }

    @Override
    public String sourceId() {
        return info.alias();
    }

    @Override
    public String dialect() {
        return DIALECTS.getOrDefault(info.type(), info.type());
    }

    @Override
    public synchronized List<TableInfo> tables() {
        if (tables == null) {
            List<TableRef> refs = connections.tables(tenant, info.alias(), Optional.empty());
            List<TableInfo> out = new ArrayList<>();
            for (TableRef ref : refs.subList(0, Math.min(MAX_TABLES, refs.size()))) {
                String name = ref.schema() == null || ref.schema().isBlank() ? ref.name() : ref.schema() + "." + ref.name();
                List<TableInfo.Column> columns = out.size() < TABLES_WITH_COLUMNS
                        ? connections.columns(tenant, info.alias(), name).stream()
                                .map(c -> new TableInfo.Column(c.name(), c.type())).toList()
                        : List.of();
                out.add(new TableInfo(name, null, columns));
            }
            tables = List.copyOf(out);
        }
        return tables;
    }

    @Override
    public QueryResult query(String sql, int limit) {
        return connections.query(tenant, info.alias(), sql, QueryLimits.of(limit, timeout));
    }

    @Override
    public Optional<QueryResult> profile(TableInfo table) {
        return Optional.empty();
    }

    @Override
    public QueryResult sample(TableInfo table, int rows) {
        return query("SELECT * FROM " + quoted(table.name()), rows);
    }

    /** Each part of {@code schema.table} quoted as the dialect quotes names. */
    String quoted(String qualified) {
        boolean backticks = info.type().equals("mysql") || info.type().equals("bigquery");
        List<String> parts = new ArrayList<>();
        int dot = qualified.indexOf('.');
        for (String part : dot < 0 ? List.of(qualified) : List.of(qualified.substring(0, dot), qualified.substring(dot + 1))) {
            parts.add(backticks ? "`" + part.replace("`", "``") + "`" : "\"" + part.replace("\"", "\"\"") + "\"");
        }
        return String.join(".", parts);
    }

    @Override
    public Optional<String> fileId() {
        return Optional.empty();
    }
}
