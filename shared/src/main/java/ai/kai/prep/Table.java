package ai.kai.prep;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** A step's table in the cleaning connection: its name, columns (name → DuckDB type) and row count. */
record Table(String name, Map<String, String> columns, long rows) {
    static final String ROW = "__kai_row";

    static Table of(Connection c, String name) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE " + name)) {
            while (rs.next()) {
                if (!rs.getString("column_name").equals(ROW)) {
                    columns.put(rs.getString("column_name"), rs.getString("column_type"));
                }
            }
        }
        return new Table(name, columns, scalarLong(c, "SELECT count(*) FROM " + name));
    }

    static long scalarLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String ident(String column) {
        return "\"" + column.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static final java.util.List<String> NUMERIC = java.util.List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT",
            "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL", "REAL");

    boolean isNumeric(String column) {
        String t = columns.get(column);
        return t != null && NUMERIC.stream().anyMatch(t::startsWith);
    }

    boolean isText(String column) {
        return "VARCHAR".equals(columns.get(column));
    }
}
