package ai.kai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A result table as text cells (null for SQL NULL): read from a JDBC result, the API's JSON result or the
 * checked-in CSV, so the scorer compares them the same way.
 */
public record EvalTable(List<String> columns, List<List<String>> rows) {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    public EvalTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }

    public static EvalTable of(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= columns.size(); i++) {
                row.add(text(rs.getObject(i)));
            }
            rows.add(row);
        }
        return new EvalTable(columns, rows);
    }

    /** The {@code result} of an agent answer: {@code {"columns": [...], "rows": [[...], ...]}}. */
    public static EvalTable of(JsonNode result) {
        List<String> columns = new ArrayList<>();
        result.path("columns").forEach(c -> columns.add(c.asText()));
        List<List<String>> rows = new ArrayList<>();
        result.path("rows").forEach(r -> {
            List<String> row = new ArrayList<>();
            r.forEach(cell -> row.add(cell.isNull() ? null : cell.isNumber() ? text(cell.decimalValue()) : cell.asText()));
            rows.add(row);
        });
        return new EvalTable(columns, rows);
    }

    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case Double d -> d.isNaN() || d.isInfinite() ? d.toString() : text(BigDecimal.valueOf(d));
            case Float f -> text(Double.valueOf(f));
            case BigDecimal b -> b.stripTrailingZeros().toPlainString();
            case Timestamp t -> t.toLocalDateTime().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? t.toLocalDateTime().toLocalDate().toString() : t.toLocalDateTime().toString();
            default -> value.toString();
        };
    }

    public static EvalTable readCsv(InputStream in) throws IOException {
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(in)) {
            List<String[]> lines = it.readAll();
            if (lines.isEmpty()) {
                throw new IOException("an expected table needs at least a header line");
            }
            List<List<String>> rows = new ArrayList<>();
            lines.subList(1, lines.size()).forEach(l -> rows.add(Arrays.stream(l).map(c -> c.isEmpty() ? null : c).toList()));
            return new EvalTable(List.of(lines.get(0)), rows);
        }
    }

    public String toCsv() {
        StringWriter out = new StringWriter();
        try (var writer = CSV.writerFor(List.class).with(CsvSchema.emptySchema()).writeValues(out)) {
            writer.write(columns);
            for (List<String> row : rows) {
                writer.write(row.stream().map(c -> c == null ? "" : c).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
