package ai.kai.chart;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The data a chart is drawn from: typed columns of equal length, already filtered/aggregated by whoever
 * prepared it (inline rows, a DuckDB result built by {@link ChartQuery}, a query result).
 */
public record Table(List<Column> columns) {
    public Table {
        columns = List.copyOf(columns);
        int n = columns.isEmpty() ? 0 : columns.get(0).size();
        for (Column c : columns) {
            if (c.size() != n) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " values, expected " + n);
            }
        }
    }

    public int rowCount() {
        return columns.isEmpty() ? 0 : columns.get(0).size();
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    public Optional<Column> find(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .or(() -> columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst());
    }

    /** The column, or a 400 naming the columns that exist. */
    public Column column(String name) {
        return find(name).orElseThrow(() -> new KaiException(ErrorCode.CHART_COLUMN_NOT_FOUND,
                "column '" + name + "' is not in the data; available columns: " + String.join(", ", names())));
    }

    public List<Column> numericColumns() {
        return columns.stream().filter(Column::isNumeric).toList();
    }

    /** Rows as maps (JSON objects), e.g. for {@code {"data": [...]}} requests. Types are inferred per column. */
    public static Table fromMaps(List<? extends Map<String, ?>> rows) {
        Map<String, List<Object>> raw = new LinkedHashMap<>();
        for (Map<String, ?> row : rows) {
            for (String key : row.keySet()) {
                raw.computeIfAbsent(key, k -> new ArrayList<>());
            }
        }
        for (Map<String, ?> row : rows) {
            for (Map.Entry<String, List<Object>> e : raw.entrySet()) {
                e.getValue().add(row.get(e.getKey()));
            }
        }
        List<Column> columns = new ArrayList<>();
        raw.forEach((name, values) -> columns.add(Values.inferColumn(name, values)));
        return new Table(columns);
    }

    /** Column names, SQL type names and rows, as in a query result ({@code QueryResult}). */
    public static Table fromRows(List<String> names, List<String> sqlTypes, List<? extends List<?>> rows) {
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            ColumnType type = ColumnType.ofSqlType(sqlTypes.get(c));
            Object[] values = new Object[rows.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = Values.normalise(rows.get(r).get(c), type);
            }
            columns.add(new Column(names.get(c), type, values));
        }
        return new Table(columns);
    }

    /** Reads a JDBC result (e.g. DuckDB running {@link ChartQuery}'s SQL) to the end, up to {@code maxRows}. */
    public static Table fromResultSet(ResultSet rs, int maxRows) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<ColumnType> types = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        for (int c = 1; c <= n; c++) {
            types.add(ColumnType.ofSqlType(md.getColumnTypeName(c)));
            values.add(new ArrayList<>());
        }
        int rows = 0;
        while (rs.next()) {
            if (++rows > maxRows) {
                throw new KaiException(ErrorCode.RESULT_TOO_LARGE, "the chart data has more than " + maxRows
                        + " rows; aggregate it (aggregation) or filter it first");
            }
            for (int c = 0; c < n; c++) {
                values.get(c).add(Values.normalise(rs.getObject(c + 1), types.get(c)));
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            columns.add(new Column(md.getColumnLabel(c + 1), types.get(c), values.get(c).toArray()));
        }
        return new Table(columns);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "Table[" + rowCount() + " rows: " + columns.stream().map(c -> c.name() + " " + c.type())
                .collect(Collectors.joining(", ")) + "]";
    }

    /** Builds a table column by column (tests, benchmarks, generated data). */
    public static final class Builder {
        private final List<Column> columns = new ArrayList<>();

        public Builder numbers(String name, double... values) {
            Object[] boxed = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                boxed[i] = Double.isNaN(values[i]) ? null : values[i];
            }
            columns.add(new Column(name, ColumnType.NUMBER, boxed));
            return this;
        }

        public Builder texts(String name, String... values) {
            columns.add(new Column(name, ColumnType.TEXT, values));
            return this;
        }

        public Builder dates(String name, String... isoValues) {
            columns.add(new Column(name, ColumnType.TEMPORAL, isoValues));
            return this;
        }

        public Builder column(String name, List<?> values) {
            columns.add(Values.inferColumn(name, values));
            return this;
        }

        public Table build() {
            return new Table(columns);
        }
    }
}
