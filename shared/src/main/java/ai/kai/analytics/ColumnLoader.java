package ai.kai.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.connect.ConnectionReader;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.ColumnSchema;
import ai.kai.files.FileQueryService;
import ai.kai.files.FileService;
import ai.kai.query.ColumnData;
import ai.kai.query.ColumnNames;
import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;

/**
 * Loads only the columns an analysis needs: from inline rows, from a stored file through the query sandbox
 * (names matched to the file's schema and quoted, never spliced), or from a query on a connection (read whole
 * through the connector, then treated like inline rows). At most {@code maxRows} rows; more is a 413.
 */
public final class ColumnLoader {
    public static final int MAX_ROWS = 1_000_000;
    private static final Set<String> NUMERIC_TYPES = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "REAL", "DOUBLE");
    private final FileService files;
    private final FileQueryService queries;
    private final ConnectionReader connections;
    private final int maxRows;

    public ColumnLoader(FileService files, FileQueryService queries, ConnectionReader connections) {
        this(files, queries, connections, MAX_ROWS);
    }

    public ColumnLoader(FileService files, FileQueryService queries, ConnectionReader connections, int maxRows) {
        this.files = files;
        this.queries = queries;
        this.connections = connections;
        this.maxRows = maxRows;
    }

    /** The named columns (each once), keyed by their stored names. */
    public DataColumns load(TenantId tenant, DataSource source, List<String> columns) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(columns));
        return switch (source) {
            case DataSource.StoredFile file -> fromFile(queries.readColumns(tenant, file.fileId(), wanted, maxRows));
            case DataSource.Inline inline -> fromRows(inline.rows(), wanted);
            case DataSource.Connection connection -> fromResult(read(tenant, connection), wanted);
        };
    }

    /** The source's numeric columns, in table order: by stored type for a file, by content for inline rows. */
    public List<String> numericColumns(TenantId tenant, DataSource source) {
        return switch (source) {
            case DataSource.StoredFile file -> files.requireReady(tenant, file.fileId()).columns().stream()
                    .filter(c -> isNumericType(c.type())).map(ColumnSchema::name).toList();
            case DataSource.Inline inline -> {
                List<String> names = inlineNames(inline.rows());
                DataColumns all = fromRows(inline.rows(), names);
                yield numericByContent(names, all);
            }
            case DataSource.Connection connection -> {
                QueryResult result = read(tenant, connection);
                yield numericByContent(result.columns(), fromResult(result, result.columns()));
            }
        };
    }

    /** Columns whose present cells are all numbers, with at least one present. */
    private static List<String> numericByContent(List<String> names, DataColumns all) {
        return names.stream().filter(n -> all.cells(n).stream().filter(c -> !Cells.isMissing(c))
                .allMatch(Cells::isNumeric) && all.cells(n).stream().anyMatch(c -> !Cells.isMissing(c))).toList();
    }

    private QueryResult read(TenantId tenant, DataSource.Connection connection) {
        return connections.read(tenant, connection.alias(), connection.sql(), maxRows);
    }

    /** The wanted columns of a connection's result, matched to its column names like inline rows' keys. */
    private static DataColumns fromResult(QueryResult result, List<String> wanted) {
        List<String> names = ColumnNames.resolve(wanted, result.columns());
        Map<String, List<Object>> out = new LinkedHashMap<>();
        for (String name : names) {
            int index = result.columns().indexOf(name);
            List<Object> cells = new ArrayList<>(result.rows().size());
            for (List<Object> row : result.rows()) {
                cells.add(row.get(index));
            }
            out.put(name, cells);
        }
        return new DataColumns(out);
    }

    static boolean isNumericType(String type) {
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        return NUMERIC_TYPES.contains(t) || t.startsWith("DECIMAL") || t.startsWith("NUMERIC");
    }

    private static DataColumns fromFile(ColumnData data) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        for (int c = 0; c < data.names().size(); c++) {
            out.put(data.names().get(c), data.values().get(c));
        }
        return new DataColumns(out);
    }

    private DataColumns fromRows(JsonNode rows, List<String> wanted) {
        if (rows.size() > maxRows) {
            throw new KaiException(ErrorCode.TOO_MANY_ROWS, "'data' has " + String.format("%,d", rows.size())
                    + " rows; an analysis reads at most " + String.format("%,d", maxRows) + ": upload the data as a file");
        }
        List<String> names = ColumnNames.resolve(wanted, inlineNames(rows));
        Map<String, List<Object>> out = new LinkedHashMap<>();
        for (String name : names) {
            List<Object> cells = new ArrayList<>(rows.size());
            for (JsonNode row : rows) {
                cells.add(cell(row.get(name)));
            }
            out.put(name, cells);
        }
        return new DataColumns(out);
    }

    /** Every key of any row, in order of first appearance. */
    private static List<String> inlineNames(JsonNode rows) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode row : rows) {
            row.fieldNames().forEachRemaining(names::add);
        }
        return List.copyOf(names);
    }

    private static Object cell(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.toString();
    }
}
