package ai.kai.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.query.ColumnNames;

/**
 * The columns an analysis asked for, as raw cells in row order (numbers, text, booleans, dates; null when
 * missing), whichever source they came from. Names resolve as the source resolved them: exactly, else ignoring case.
 */
public final class DataColumns {
    private final Map<String, List<Object>> cells;
    private final int rowCount;

    public DataColumns(Map<String, List<Object>> cells) {
        this.cells = new LinkedHashMap<>();
        int n = -1;
        for (Map.Entry<String, List<Object>> e : cells.entrySet()) {
            if (n >= 0 && e.getValue().size() != n) {
                throw new IllegalArgumentException("column " + e.getKey() + " has " + e.getValue().size() + " rows, not " + n);
            }
            n = e.getValue().size();
            this.cells.put(e.getKey(), java.util.Collections.unmodifiableList(new ArrayList<>(e.getValue())));
        }
        this.rowCount = Math.max(n, 0);
    }

    public int rowCount() {
        return rowCount;
    }

    public List<String> names() {
        return List.copyOf(cells.keySet());
    }

    /** The name of the column as stored, for a name as the caller typed it. */
    public String name(String requested) {
        return ColumnNames.resolve(requested, names());
    }

    public List<Object> cells(String requested) {
        return cells.get(name(requested));
    }

    /** The rows in which none of the named columns is missing (null or blank text): listwise deletion, as R's na.omit. */
    public DataColumns complete(List<String> requested) {
        List<List<Object>> checked = requested.stream().map(this::cells).toList();
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            boolean complete = true;
            for (List<Object> column : checked) {
                complete &= !Cells.isMissing(column.get(r));
            }
            if (complete) {
                keep.add(r);
            }
        }
        if (keep.size() == rowCount) {
            return this;
        }
        Map<String, List<Object>> out = new LinkedHashMap<>();
        cells.forEach((name, column) -> {
            List<Object> kept = new ArrayList<>(keep.size());
            keep.forEach(r -> kept.add(column.get(r)));
            out.put(name, kept);
        });
        return new DataColumns(out);
    }
}
