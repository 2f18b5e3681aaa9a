package ai.kai.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ai.kai.chart.figure.Reducer;

/**
 * Aggregation and sort in Java, for inline data and small results. Rows sharing x (and colour, facet) fold into one
 * per aggregated column; the names stay, so the figure reads the same columns. Big inputs get the same from DuckDB
 * through {@link ChartQuery} and arrive here with nothing left to do.
 */
final class Prepare {
    static final String COUNT_COLUMN = "count";

    private Prepare() {
    }

    record Prepared(ChartSpec spec, Table table) {
    }

    static Prepared apply(ChartSpec spec, Table table) {
        if (spec.aggregation() != Aggregation.NONE && aggregatesRows(spec.type()) && spec.x() != null) {
            return sort(aggregate(spec, table));
        }
        return sort(new Prepared(spec, table));
    }

    /** Types whose rows are folded here; the others fold (or bin) inside their figure builder. */
    static boolean aggregatesRows(ChartType type) {
        return type.family() == ChartType.Family.CARTESIAN && type != ChartType.FORECAST;
    }

    private static Prepared aggregate(ChartSpec spec, Table table) {
        List<Column> keys = new ArrayList<>();
        for (String k : new String[] {spec.x(), spec.color(), spec.facet()}) {
            if (k != null && keys.stream().noneMatch(c -> c.name().equals(table.column(k).name()))) {
                keys.add(table.column(k));
            }
        }
        List<String> values = new ArrayList<>(spec.y());
        if (spec.size() != null) {
            values.add(spec.size());
        }
        boolean countOnly = values.isEmpty();
        Map<List<Object>, Reducer[]> groups = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            final int row = r;
            List<Object> key = keys.stream().map(c -> c.value(row)).toList();
            Reducer[] reducers = groups.computeIfAbsent(key, k -> IntStream.range(0, countOnly ? 1 : values.size())
                    .mapToObj(i -> new Reducer(spec.aggregation())).toArray(Reducer[]::new));
            for (int i = 0; i < reducers.length; i++) {
                reducers[i].add(countOnly ? 1 : table.column(values.get(i)).number(row));
            }
        }
        List<Column> out = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            final int index = k;
            out.add(new Column(keys.get(k).name(), keys.get(k).type(), groups.keySet().stream().map(key -> key.get(index)).toArray()));
        }
        List<String> names = countOnly ? List.of(COUNT_COLUMN) : values.stream().map(v -> table.column(v).name()).toList();
        for (int i = 0; i < names.size(); i++) {
            final int index = i;
            out.add(new Column(names.get(i), ColumnType.NUMBER, groups.values().stream().map(red -> {
                double v = red[index].result();
                return Double.isNaN(v) ? null : (Object) v;
            }).toArray()));
        }
        ChartSpec adjusted = countOnly ? spec.toBuilder().y(COUNT_COLUMN).build() : spec;
        return new Prepared(adjusted, new Table(out));
    }

    private static Prepared sort(Prepared p) {
        ChartSpec spec = p.spec();
        Table table = p.table();
        if (spec.sort() == SortOrder.NONE || !aggregatesRows(spec.type()) || spec.x() == null) {
            return p;
        }
        Column by = table.column(spec.sort().byY() && spec.firstY() != null ? spec.firstY() : spec.x());
        Comparator<Integer> order = by.isNumeric()
                ? Comparator.comparingDouble(r -> Double.isNaN(by.number(r)) ? Double.NEGATIVE_INFINITY : by.number(r))
                : Comparator.comparing(by::label);
        if (spec.sort().descending()) {
            order = order.reversed();
        }
        int[] rows = IntStream.range(0, table.rowCount()).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
        List<Column> sorted = table.columns().stream()
                .map(c -> new Column(c.name(), c.type(), Arrays.stream(rows).mapToObj(c::value).toArray())).toList();
        return new Prepared(spec, new Table(sorted));
    }
}
