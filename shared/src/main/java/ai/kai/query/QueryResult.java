package ai.kai.query;

import java.util.List;

/**
 * The result model shared by file queries and (later) connections: column names and types, rows as arrays,
 * how many rows are returned, how long it took, and whether the row limit or size cap cut it short.
 */
public record QueryResult(
        List<String> columns,
        List<String> types,
        List<List<Object>> rows,
        long rowCount,
        long executionTimeMs,
        boolean truncated) {
}
