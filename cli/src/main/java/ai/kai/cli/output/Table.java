package ai.kai.cli.output;

import java.util.List;

/**
 * A result as rows and columns: what {@link TableRenderer} shows and {@link ResultWriter} writes.
 *
 * @param types DuckDB type names per column (e.g. {@code BIGINT}, {@code DECIMAL(18,2)}, {@code DATE}); null
 *              entries or a null list mean "unknown", and the values decide
 */
public record Table(List<String> columns, List<String> types, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        types = types == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(types));
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }

    public String type(int column) {
        return types == null || column >= types.size() ? null : types.get(column);
    }

    public int size() {
        return rows.size();
    }
}
