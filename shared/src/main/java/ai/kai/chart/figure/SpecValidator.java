package ai.kai.chart.figure;

import java.util.List;
import java.util.stream.Collectors;

import ai.kai.chart.Aggregation;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Column;
import ai.kai.chart.ColumnType;
import ai.kai.chart.Table;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Checks a spec against the data before anything is built, so every mistake comes back as a 400 that says what to
 * change: the missing role, the unknown column (with the columns there are), the text column where numbers are
 * needed (with the numeric columns there are), the empty table.
 */
public final class SpecValidator {
    public static final int MAX_SERIES = 50;
    public static final int MAX_FACETS = 12;

    private SpecValidator() {
    }

    public static void validate(ChartSpec spec, Table table) {
        if (table.rowCount() == 0) {
            throw new KaiException(ErrorCode.CHART_EMPTY_DATA,
                    "the data has no rows; a chart needs at least one row (check the query's filters or the inline data)");
        }
        String name = spec.type().id();
        for (String optional : new String[] {spec.color(), spec.facet()}) {
            if (optional != null) {
                table.column(optional);
            }
        }
        switch (spec.type()) {
            case LINE, AREA, BAR, BAR_GROUPED, BAR_STACKED, BAR_HORIZONTAL, SCATTER -> {
                require(table, spec.x(), "x", name);
                if (!(spec.y().isEmpty() && spec.aggregation() == Aggregation.COUNT)) {
                    numericYs(table, spec, name);
                }
            }
            case BUBBLE -> {
                require(table, spec.x(), "x", name);
                numericYs(table, spec, name);
                numeric(table, require(table, spec.size(), "size", name), "size", name);
            }
            case FORECAST -> {
                require(table, spec.x(), "x", name);
                numericYs(table, spec, name);
                numeric(table, require(table, spec.lower(), "lower", name), "lower", name);
                numeric(table, require(table, spec.upper(), "upper", name), "upper", name);
            }
            case PIE, DONUT, TREEMAP, SUNBURST -> {
                if (spec.path().isEmpty()) {
                    require(table, spec.x(), "x (the category column)", name);
                } else {
                    spec.path().forEach(table::column);
                }
                optionalNumericY(table, spec, name);
            }
            case FUNNEL, WATERFALL -> {
                require(table, spec.x(), "x (the stage/step column)", name);
                numericYs(table, spec, name);
            }
            case HISTOGRAM -> numeric(table, require(table, spec.x() != null ? spec.x() : spec.firstY(), "x", name), "x", name);
            case BOX, VIOLIN -> {
                if (spec.x() != null) {
                    table.column(spec.x());
                }
                numericYs(table, spec, name);
            }
            case HEATMAP -> {
                require(table, spec.x(), "x", name);
                require(table, spec.firstY(), "y", name);
                if (spec.z() != null) {
                    numeric(table, spec.z(), "z", name);
                }
            }
            case CORRELATION, PARALLEL_COORDINATES -> {
                List<String> columns = spec.y().isEmpty() ? table.numericColumns().stream().map(Column::name).toList() : spec.y();
                columns.forEach(c -> numeric(table, c, "y", name));
                if (columns.size() < 2) {
                    throw new KaiException(ErrorCode.CHART_NEEDS_NUMERIC, "a " + name
                            + " chart needs at least two numeric columns; the data has " + numericNames(table));
                }
            }
            case SCATTER_3D -> {
                numeric(table, require(table, spec.x(), "x", name), "x", name);
                numericYs(table, spec, name);
                numeric(table, require(table, spec.z(), "z", name), "z", name);
            }
            case CANDLESTICK -> {
                require(table, spec.x(), "x", name);
                for (String[] role : new String[][] {{"open", spec.open()}, {"high", spec.high()}, {"low", spec.low()},
                        {"close", spec.close()}}) {
                    numeric(table, require(table, role[1], role[0], name), role[0], name);
                }
            }
        }
    }

    private static String require(Table table, String column, String role, String chart) {
        if (column == null || column.isBlank()) {
            throw new KaiException(ErrorCode.INVALID_CHART_SPEC, "a " + chart + " chart needs " + role
                    + "; columns in the data: " + String.join(", ", table.names()));
        }
        table.column(column);
        return column;
    }

    private static void numericYs(Table table, ChartSpec spec, String chart) {
        if (spec.y().isEmpty()) {
            throw new KaiException(ErrorCode.INVALID_CHART_SPEC, "a " + chart
                    + " chart needs y (one or more numeric columns); numeric columns in the data: " + numericNames(table));
        }
        spec.y().forEach(y -> numeric(table, y, "y", chart));
    }

    private static void optionalNumericY(Table table, ChartSpec spec, String chart) {
        spec.y().forEach(y -> numeric(table, y, "y (the values)", chart));
    }

    static void numeric(Table table, String name, String role, String chart) {
        Column c = table.column(name);
        if (c.type() != ColumnType.NUMBER) {
            String example = java.util.stream.IntStream.range(0, c.size()).filter(i -> !c.isNull(i)).mapToObj(c::label)
                    .findFirst().map(v -> " (e.g. '" + v + "')").orElse("");
            throw new KaiException(ErrorCode.CHART_NEEDS_NUMERIC, "column '" + c.name() + "' holds "
                    + c.type().name().toLowerCase(java.util.Locale.ROOT) + example + ", but a " + chart
                    + " chart needs numbers for " + role + "; numeric columns in the data: " + numericNames(table));
        }
        if (c.nonNullCount() == 0) {
            throw new KaiException(ErrorCode.CHART_EMPTY_DATA, "column '" + c.name()
                    + "' has no values (every row is missing); choose a column with data");
        }
    }

    static String numericNames(Table table) {
        String names = table.numericColumns().stream().map(Column::name).collect(Collectors.joining(", "));
        return names.isEmpty() ? "none" : names;
    }

    /** TOO_MANY_CATEGORIES with what to do about it. */
    static KaiException tooMany(String what, int count, int max, String advice) {
        return new KaiException(ErrorCode.TOO_MANY_CATEGORIES, what + " has " + count + " distinct values, more than the "
                + max + " this chart can show; " + advice);
    }
}
