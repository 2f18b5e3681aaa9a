package ai.kai.visualization;

/**
 * Where a visualization's rows came from: {@code inline} rows of the request, a {@code file}, a {@code query}
 * over a file, or a query on a database {@code connection}; and how many rows went in.
 */
public record ChartSource(String kind, String fileId, String sql, long inputRows, String connection) {
    public static final String INLINE = "inline";
    public static final String FILE = "file";
    public static final String QUERY = "query";
    public static final String CONNECTION = "connection";

    public static ChartSource inline(long rows) {
        return new ChartSource(INLINE, null, null, rows, null);
    }

    public static ChartSource file(String fileId, String sql, long rows) {
        return new ChartSource(sql == null ? FILE : QUERY, fileId, sql, rows, null);
    }

    public static ChartSource connection(String alias, String sql, long rows) {
        return new ChartSource(CONNECTION, null, sql, rows, alias);
    }
}
