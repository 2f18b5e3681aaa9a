package ai.kai.files.formats;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.files.ContentSniffer;
import ai.kai.files.IngestOptions;

/**
 * A JSON array of objects or newline-delimited JSON (detected by DuckDB). Nested objects are <b>flattened</b>
 * into columns named {@code parent.child} (recursively), so every field is a column that profiles, charts and
 * simple SQL can use; arrays are kept as LIST columns.
 */
final class JsonLoader implements TableLoader {
    @Override
    public LoadReport load(Connection c, Path original, ContentSniffer.Sniffed sniffed, IngestOptions options, Path workDir)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE raw_json AS SELECT * FROM read_json_auto('" + TableLoader.q(original.toString())
                    + "', format = 'auto', sample_size = -1)");
        }
        List<String> selectList = new ArrayList<>();
        int flattened = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("DESCRIBE raw_json")) {
            while (rs.next()) {
                flattened += expand(c, quoteIdent(rs.getString(1)), rs.getString(1), rs.getString(2), selectList);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE out.data AS SELECT " + String.join(", ", selectList) + " FROM raw_json");
            s.execute("DROP TABLE raw_json");
        }
        Map<String, Object> detected = new LinkedHashMap<>();
        detected.put("nested_objects", flattened > 0 ? "flattened into parent.child columns" : "none");
        detected.put("arrays", "kept as LIST columns");
        return new LoadReport(detected, 0, List.of(), List.of(), List.of());
    }

    /** Adds the select expressions for one column; returns how many struct levels were flattened. */
    private static int expand(Connection c, String expression, String name, String type, List<String> out)
            throws SQLException {
        if (!type.startsWith("STRUCT(")) {
            out.add(expression + " AS " + quoteIdent(name));
            return 0;
        }
        int flattened = 1;
        Map<String, String> children = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("DESCRIBE SELECT unnest(" + expression + ") FROM raw_json")) {
            while (rs.next()) {
                children.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        for (Map.Entry<String, String> child : children.entrySet()) {
            flattened += expand(c, "struct_extract(" + expression + ", '" + TableLoader.q(child.getKey()) + "')",
                    name + "." + child.getKey(), child.getValue(), out);
        }
        return flattened;
    }

    static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
