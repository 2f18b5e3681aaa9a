package ai.kai.chart;

/** What a chart needs to know about a column's values. */
public enum ColumnType {
    NUMBER, TEXT, TEMPORAL, BOOLEAN;

    /** Maps a DuckDB/SQL type name ({@code DOUBLE}, {@code DECIMAL(10,2)}, {@code TIMESTAMP WITH TIME ZONE}…). */
    public static ColumnType ofSqlType(String sqlType) {
        String t = sqlType == null ? "" : sqlType.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.startsWith("DECIMAL") || t.startsWith("NUMERIC") || t.matches(
                "(U?(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT)|FLOAT|DOUBLE|REAL|INT\\d|FLOAT\\d)")) {
            return NUMBER;
        }
        if (t.startsWith("DATE") || t.startsWith("TIMESTAMP") || t.startsWith("TIME")) {
            return TEMPORAL;
        }
        if (t.startsWith("BOOL")) {
            return BOOLEAN;
        }
        return TEXT;
    }
}
