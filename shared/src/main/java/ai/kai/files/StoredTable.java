package ai.kai.files;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.query.ValueConverter;

/** What the file record keeps of a stored table {@code <catalog>.data}: row count, columns, preview rows. */
public final class StoredTable {
    public static final int PREVIEW_ROWS = 10;

    private StoredTable() {
    }

    public static long count(Statement s, String catalog) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + catalog + ".data")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static List<ColumnSchema> columns(Statement s, String catalog) throws SQLException {
        List<ColumnSchema> columns = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM duckdb_columns() "
                + "WHERE database_name = '" + catalog + "' AND table_name = 'data' ORDER BY column_index")) {
            while (rs.next()) {
                columns.add(new ColumnSchema(rs.getString(1), rs.getString(2)));
            }
        }
        return columns;
    }

    public static List<Map<String, Object>> preview(Statement s, String catalog) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + catalog + ".data LIMIT " + PREVIEW_ROWS)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), ValueConverter.toJson(rs.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
