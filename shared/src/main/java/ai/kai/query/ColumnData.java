package ai.kai.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whole columns of a dataset, column by column: {@code values.get(c).get(r)} is row r of column c. Cells are plain
 * Java values: {@link Number}s, {@link String}s, {@link Boolean}s, {@code LocalDate}/{@code LocalDateTime}/
 * {@code OffsetDateTime}, or null for a missing value.
 */
public record ColumnData(List<String> names, List<String> types, List<List<Object>> values) {
    public ColumnData {
        names = List.copyOf(names);
        types = List.copyOf(types);
        List<List<Object>> copy = new ArrayList<>(values.size());
        for (List<Object> column : values) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(column)));
        }
        values = List.copyOf(copy);
    }

    public int rowCount() {
        return values.isEmpty() ? 0 : values.get(0).size();
    }

    /** The cells of the named column (exact name). */
    public List<Object> column(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + names);
        }
        return values.get(i);
    }
}
