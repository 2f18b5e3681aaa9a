package ai.kai.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DuckDB SQL that prepares a chart's rows where the data lives, so a large table never enters the JVM: grouped
 * types are aggregated with GROUP BY, the rest select only the columns the chart uses and, above
 * {@code maxRows}, a reproducible reservoir sample (the plan says so, for a note on the chart). Run {@link #sql()}
 * on the dataset's connection, read it with {@link Table#fromResultSet}, and pass {@link #spec()} — the spec as
 * left for the figure — to {@link ChartService}.
 */
public record ChartQuery(String sql, ChartSpec spec, boolean sampled, String countSql) {
    public static final int DEFAULT_MAX_ROWS = 200_000;

    /** The plan for {@code relation} (a table name or a parenthesised subquery) holding {@code totalRows} rows. */
    public static ChartQuery plan(ChartSpec spec, String relation, long totalRows, int maxRows) {
        String count = "SELECT count(*) FROM " + relation;
        ChartType type = spec.type();
        if (Prepare.aggregatesRows(type) && spec.aggregation() != Aggregation.NONE) {
            return cartesian(spec, relation, count);
        }
        String grouped = switch (type.family()) {
            case PART, HIERARCHY -> groupBy(spec, levels(spec), spec.firstY(), Aggregation.SUM, relation);
            case MATRIX -> type == ChartType.HEATMAP
                    ? groupBy(spec, List.of(spec.x(), spec.firstY()), spec.z(), spec.aggregation() == Aggregation.NONE
                            ? Aggregation.MEAN : spec.aggregation(), relation)
                    : null;
            default -> null;
        };
        if (grouped != null) {
            String valueName = valueName(spec, type == ChartType.HEATMAP ? spec.z() : spec.firstY());
            ChartSpec.Builder b = spec.toBuilder().aggregation(type == ChartType.HEATMAP ? Aggregation.MEAN : Aggregation.SUM);
            if (type == ChartType.HEATMAP) {
                b.z(valueName);
            } else {
                b.y(valueName);
            }
            return new ChartQuery(grouped, b.build(), false, count);
        }
        return raw(spec, relation, totalRows, maxRows, count);
    }

    private static ChartQuery cartesian(ChartSpec spec, String relation, String count) {
        List<String> keys = distinct(spec.x(), spec.color(), spec.facet());
        List<String> select = keys.stream().map(ChartQuery::ident).collect(Collectors.toCollection(ArrayList::new));
        List<String> values = new ArrayList<>(spec.y());
        if (spec.size() != null) {
            values.add(spec.size());
        }
        ChartSpec left = spec.toBuilder().aggregation(Aggregation.NONE).build();
        if (values.isEmpty()) {
            select.add("count(*) AS " + ident(Prepare.COUNT_COLUMN));
            left = left.toBuilder().y(Prepare.COUNT_COLUMN).build();
        }
        for (String v : values) {
            select.add(function(spec.aggregation(), v) + " AS " + ident(v));
        }
        String sql = "SELECT " + String.join(", ", select) + " FROM " + relation + " GROUP BY ALL"
                + orderBy(spec, left.firstY());
        return new ChartQuery(sql, left, false, count);
    }

    private static String groupBy(ChartSpec spec, List<String> keys, String value, Aggregation agg, String relation) {
        String keyList = keys.stream().map(ChartQuery::ident).collect(Collectors.joining(", "));
        String aggregate = value == null ? "count(*)" : function(agg, value);
        return "SELECT " + keyList + ", " + aggregate + " AS " + ident(valueName(spec, value)) + " FROM " + relation
                + " GROUP BY ALL ORDER BY " + keyList;
    }

    private static ChartQuery raw(ChartSpec spec, String relation, long totalRows, int maxRows, String count) {
        Set<String> columns = new LinkedHashSet<>();
        for (String c : new String[] {spec.x(), spec.z(), spec.color(), spec.size(), spec.facet(), spec.lower(),
                spec.upper(), spec.open(), spec.high(), spec.low(), spec.close()}) {
            if (c != null) {
                columns.add(c);
            }
        }
        columns.addAll(spec.y());
        columns.addAll(spec.path());
        String select = columns.isEmpty() ? "*" : columns.stream().map(ChartQuery::ident).collect(Collectors.joining(", "));
        boolean sample = totalRows > maxRows;
        String from = sample ? "(SELECT " + select + " FROM " + relation + " USING SAMPLE reservoir(" + maxRows
                + " ROWS) REPEATABLE (42))" : relation;
        String order = spec.x() != null && (spec.type() == ChartType.LINE || spec.type() == ChartType.AREA
                || spec.type() == ChartType.FORECAST || spec.type() == ChartType.CANDLESTICK) ? " ORDER BY " + ident(spec.x()) : "";
        return new ChartQuery("SELECT " + select + " FROM " + from + order, spec, sample, count);
    }

    private static String orderBy(ChartSpec spec, String firstY) {
        return switch (spec.sort()) {
            case NONE, X_ASC -> " ORDER BY " + ident(spec.x());
            case X_DESC -> " ORDER BY " + ident(spec.x()) + " DESC";
            case Y_ASC -> " ORDER BY " + ident(firstY);
            case Y_DESC -> " ORDER BY " + ident(firstY) + " DESC";
        };
    }

    private static List<String> levels(ChartSpec spec) {
        return spec.path().isEmpty() ? List.of(spec.x()) : spec.path();
    }

    private static String valueName(ChartSpec spec, String value) {
        return value == null ? Prepare.COUNT_COLUMN : value;
    }

    private static String function(Aggregation agg, String column) {
        return agg == Aggregation.COUNT ? "count(" + ident(column) + ")" : agg.sqlFunction() + "(" + ident(column) + ")";
    }

    private static List<String> distinct(String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n != null && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    static String ident(String column) {
        return "\"" + column.replace("\"", "\"\"") + "\"";
    }
}
