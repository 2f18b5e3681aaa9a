package ai.kai.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result model shared by file queries and connections: column names and types, rows as arrays, how many
 * rows are returned, how long it took, whether the row limit or size cap cut it short, and what the source
 * tells about the run ({@code metadata}: e.g. {@code bytes_processed}, {@code cache_hit}, {@code query_id}).
 */
public record QueryResult(
        List<String> columns,
        List<String> types,
        List<List<Object>> rows,
        long rowCount,
        long executionTimeMs,
        boolean truncated,
        Map<String, Object> metadata) {

    public QueryResult {
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A result without source metadata (file queries). */
    public QueryResult(List<String> columns, List<String> types, List<List<Object>> rows, long rowCount,
            long executionTimeMs, boolean truncated) {
        this(columns, types, rows, rowCount, executionTimeMs, truncated, Map.of());
    }
}
