package ai.kai.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.QueryResult;

/**
 * Collects converted rows up to a row limit and a response-size budget (API Gateway caps responses at 10 MB),
 * remembering whether either cut the result short.
 */
public final class RowCollector {
    private final List<String> columns;
    private final List<String> types;
    private final long maxRows;
    private final long maxBytes;
    private final List<List<Object>> rows = new ArrayList<>();
    private long bytes;
    private boolean truncated;

    public RowCollector(List<String> columns, List<String> types, long maxRows, long maxBytes) {
        this.columns = List.copyOf(columns);
        this.types = List.copyOf(types);
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /** Adds a row; false (and truncated) once the row limit or size budget is reached. */
    public boolean add(List<Object> row) {
        if (rows.size() >= maxRows) {
            truncated = true;
            return false;
        }
        long size = 2;
        for (Object v : row) {
            size += estimate(v) + 1;
        }
        if (bytes + size > maxBytes) {
            if (rows.isEmpty()) {
                throw new KaiException(ErrorCode.RESULT_TOO_LARGE, "a single row of the result is larger than "
                        + maxBytes / 1024 + " KiB; select fewer or shorter columns");
            }
            truncated = true;
            return false;
        }
        bytes += size;
        rows.add(row);
        return true;
    }

    public void markTruncated() {
        truncated = true;
    }

    public int size() {
        return rows.size();
    }

    public QueryResult result(long startedNanos, Map<String, Object> metadata) {
        long elapsed = (System.nanoTime() - startedNanos) / 1_000_000;
        return new QueryResult(columns, types, List.copyOf(rows), rows.size(), elapsed, truncated, metadata);
    }

    static long estimate(Object v) {
        return ai.kai.query.ValueConverter.estimateBytes(v);
    }
}
