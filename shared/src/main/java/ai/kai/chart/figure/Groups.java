package ai.kai.chart.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.chart.Column;

/** Splits rows by the values of a column (colour, facet, box groups), keeping the order of first appearance. */
final class Groups {
    private Groups() {
    }

    /** Label → row indices among {@code rows}; a null column gives one group named "" with every row. */
    static Map<String, int[]> split(Column by, int[] rows) {
        Map<String, int[]> out = new LinkedHashMap<>();
        if (by == null) {
            out.put("", rows);
            return out;
        }
        Map<String, List<Integer>> lists = new LinkedHashMap<>();
        for (int r : rows) {
            lists.computeIfAbsent(by.label(r), k -> new ArrayList<>()).add(r);
        }
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** Rows whose value in {@code c} is a finite number. */
    static int[] withNumbers(Column c, int[] rows) {
        return java.util.Arrays.stream(rows).filter(r -> !Double.isNaN(c.number(r))).toArray();
    }

    /** Stable colour index per series name, so a series keeps its colour across facets. */
    static final class Palette {
        private final Map<String, Integer> index = new LinkedHashMap<>();

        int of(String series) {
            return index.computeIfAbsent(series, k -> index.size());
        }

        boolean seen(String series) {
            return index.containsKey(series);
        }
    }
}
