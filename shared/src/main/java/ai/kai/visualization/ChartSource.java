package ai.kai.visualization;

/**
 * Where a visualization's rows came from: {@code inline} rows of the request, a {@code file}, or a {@code query}
 * over a file; and how many rows went in.
 */
public record ChartSource(String kind, String fileId, String sql, long inputRows) {
    public static final String INLINE = "inline";
    public static final String FILE = "file";
    public static final String QUERY = "query";

    public static ChartSource inline(long rows) {
        return new ChartSource(INLINE, null, null, rows);
    }

    public static ChartSource file(String fileId, String sql, long rows) {
        return new ChartSource(sql == null ? FILE : QUERY, fileId, sql, rows);
    }
}
