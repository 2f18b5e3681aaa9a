package ai.kai.cli.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ai.kai.cli.CliException;
import ai.kai.cli.api.CliJson;

/**
 * Writes what a command shows to {@code --output PATH}, the format chosen by the extension: {@code .csv}
 * (RFC 4180, UTF-8; NULL is an empty field, an empty string is {@code ""}), {@code .parquet} (written by DuckDB
 * in-process, each column with the type the API reported) or {@code .json} (the response wrapper as received).
 */
public final class ResultWriter {
    public enum Format { CSV, PARQUET, JSON }

    private ResultWriter() {
    }

    /** The format for a path, or a usage error naming the ones we write. */
    public static Format formatOf(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".parquet") || name.endsWith(".pq")) {
            return Format.PARQUET;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        throw CliException.usage("--output must end in .csv, .parquet or .json (got " + path + ")");
    }

    public static void write(Path path, Table table, String rawJson) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            switch (formatOf(path)) {
                case CSV -> writeCsv(path, table);
                case PARQUET -> writeParquet(path, table);
                case JSON -> Files.writeString(path, rawJson.endsWith("\n") ? rawJson : rawJson + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw CliException.local("cannot write " + path + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw CliException.local("cannot write Parquet to " + path + ": " + e.getMessage(), e);
        }
    }

    static void writeCsv(Path path, Table table) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            for (String column : table.columns()) {
                header.add(csvField(column));
            }
            w.write(String.join(",", header));
            w.write('\n');
            for (List<Object> row : table.rows()) {
                List<String> fields = new ArrayList<>(row.size());
                for (Object value : row) {
                    fields.add(value == null ? "" : csvField(text(value)));
                }
                w.write(String.join(",", fields));
                w.write('\n');
            }
        }
    }

    static String csvField(String s) {
        if (s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || !s.equals(s.strip())) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** The exact text of a value as the API sent it: decimals without exponent, nested values as JSON. */
    static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return CliJson.write(value);
        }
        return value.toString();
    }

    static void writeParquet(Path path, Table table) throws IOException, SQLException {
        Files.deleteIfExists(path);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            List<String> names = uniqueNames(table.columns());
            List<String> types = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                types.add(sqlType(s, table, i));
            }
            List<String> definitions = new ArrayList<>();
            List<String> params = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                definitions.add(ident(names.get(i)) + " " + types.get(i));
                params.add(param(types.get(i)));
            }
            s.execute("CREATE TABLE result (" + String.join(", ", definitions) + ")");
            if (!table.rows().isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO result VALUES (" + String.join(", ", params) + ")")) {
                    for (List<Object> row : table.rows()) {
                        for (int i = 0; i < names.size(); i++) {
                            Object value = i < row.size() ? row.get(i) : null;
                            if (value == null) {
                                insert.setNull(i + 1, Types.VARCHAR);
                            } else {
                                insert.setString(i + 1, text(value));
                            }
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            s.execute("COPY result TO '" + path.toAbsolutePath().toString().replace("'", "''")
                    + "' (FORMAT parquet, COMPRESSION zstd)");
        }
    }

    /**
     * The reported type if DuckDB knows it, otherwise one inferred from the values. Parquet has no 128-bit integer
     * (DuckDB would write a lossy DOUBLE): HUGEINT becomes DECIMAL(38,0) while the values fit, else text.
     */
    private static String sqlType(Statement s, Table table, int column) {
        String reported = table.type(column);
        if (reported != null && reported.toUpperCase(Locale.ROOT).matches("U?HUGEINT")) {
            return fitsDecimal38(table, column) ? "DECIMAL(38,0)" : "VARCHAR";
        }
        if (reported != null && !reported.isBlank() && !reported.contains(";")) {
            try {
                s.execute("SELECT CAST(NULL AS " + reported + ")");
                return reported;
            } catch (SQLException unknownType) {
                // fall back to inference below
            }
        }
        return inferType(table, column);
    }

    private static boolean fitsDecimal38(Table table, int column) {
        BigInteger limit = BigInteger.TEN.pow(38);
        for (List<Object> row : table.rows()) {
            Object v = column < row.size() ? row.get(column) : null;
            if (v != null && new BigInteger(text(v)).abs().compareTo(limit) >= 0) {
                return false;
            }
        }
        return true;
    }

    static String inferType(Table table, int column) {
        Set<Class<?>> kinds = new HashSet<>();
        for (List<Object> row : table.rows()) {
            Object v = column < row.size() ? row.get(column) : null;
            if (v != null) {
                kinds.add(v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte ? Long.class : v.getClass());
            }
        }
        if (kinds.size() == 1) {
            Class<?> k = kinds.iterator().next();
            if (k == Long.class) {
                return "BIGINT";
            }
            if (k == BigInteger.class) {
                return fitsDecimal38(table, column) ? "DECIMAL(38,0)" : "VARCHAR";
            }
            if (k == BigDecimal.class || k == Double.class || k == Float.class) {
                return "DOUBLE";
            }
            if (k == Boolean.class) {
                return "BOOLEAN";
            }
        }
        if (kinds.equals(Set.of(Long.class, BigDecimal.class)) || kinds.equals(Set.of(Long.class, Double.class))) {
            return "DOUBLE";
        }
        return "VARCHAR";
    }

    /** How a value's text becomes the column's type: nested types through JSON, blobs from base64. */
    private static String param(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        if (t.equals("BLOB") || t.equals("BYTEA")) {
            return "from_base64(?)";
        }
        if (t.endsWith("]") || t.startsWith("STRUCT") || t.startsWith("MAP") || t.startsWith("UNION")) {
            return "CAST(CAST(? AS JSON) AS " + type + ")";
        }
        return "CAST(? AS " + type + ")";
    }

    private static List<String> uniqueNames(List<String> columns) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String column : columns) {
            String name = column == null || column.isEmpty() ? "column" : column;
            String candidate = name;
            for (int n = 2; !seen.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = name + "_" + n;
            }
            out.add(candidate);
        }
        return out;
    }

    private static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
