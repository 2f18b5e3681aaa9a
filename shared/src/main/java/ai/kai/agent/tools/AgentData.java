package ai.kai.agent.tools;

import java.util.List;
import java.util.Optional;

import ai.kai.query.QueryResult;

/**
 * The one data source a run is about (a file of the caller's tenant, or a connection), bound to that tenant when it
 * was opened: the tools cannot name another source. SQL goes through the source's own read-only guard and sandbox.
 */
public interface AgentData {
    /** For people and the model, e.g. {@code file 'sales.csv' (f_…)}. */
    String label();

    /** The file id or connection alias (for the semantic layer). */
    String sourceId();

    /** The SQL dialect, e.g. DuckDB. */
    String dialect();

    List<TableInfo> tables();

    QueryResult query(String sql, int limit);

    /** A profile summary per column when the source computes one cheaply (files: DuckDB's SUMMARIZE); else empty. */
    Optional<QueryResult> profile(TableInfo table);

    /** The first few rows of a table, read through the same guard. */
    QueryResult sample(TableInfo table, int rows);

    /** The stored file behind the source, for analyses that read whole columns; empty for connections. */
    Optional<String> fileId();

    record TableInfo(String name, Long rowCount, List<Column> columns) {
        public record Column(String name, String type) {
        }
    }
}
