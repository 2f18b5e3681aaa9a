package ai.kai.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Ranks chart types for a table from its column types and cardinalities and the stated intent. Rules, not a model:
 * each candidate gets a base score for the data's shape, raised when it serves the intent, and a reason a person
 * can read.
 */
public final class ChartRecommender {
    static final int MAX_BAR_CATEGORIES = 30;
    static final int MAX_PIE_SLICES = 8;

    public List<Recommendation> recommend(Table table, Intent intent) {
        if (table.rowCount() == 0 || table.columns().isEmpty()) {
            throw new KaiException(ErrorCode.CHART_EMPTY_DATA, "the data has no rows; nothing to recommend a chart for");
        }
        List<Column> numbers = table.numericColumns().stream().filter(c -> c.distinctCount(3) > 1 || table.rowCount() == 1).toList();
        List<Column> dates = table.columns().stream().filter(c -> c.type() == ColumnType.TEMPORAL).toList();
        List<Column> categories = table.columns().stream()
                .filter(c -> c.type() == ColumnType.TEXT || c.type() == ColumnType.BOOLEAN)
                .filter(c -> c.distinctCount(MAX_BAR_CATEGORIES + 1) <= MAX_BAR_CATEGORIES).toList();
        Map<ChartType, Recommendation> out = new LinkedHashMap<>();
        Optional<Column> y = numbers.stream().findFirst();
        if (!dates.isEmpty() && y.isPresent()) {
            Column x = dates.get(0);
            add(out, ChartType.LINE, score(0.7, intent, Intent.TREND, 0.98), "'" + y.get().name() + "' over time ('" + x.name()
                    + "') — a line shows the trend", ChartSpec.of(ChartType.LINE).x(x.name()).y(y.get().name()));
            add(out, ChartType.AREA, score(0.55, intent, Intent.TREND, 0.8), "an area emphasises the volume of '" + y.get().name()
                    + "' over time", ChartSpec.of(ChartType.AREA).x(x.name()).y(y.get().name()));
            if (has(table, "open") && has(table, "high") && has(table, "low") && has(table, "close")) {
                add(out, ChartType.CANDLESTICK, score(0.75, intent, Intent.TREND, 0.9), "open/high/low/close columns over time"
                        + " — a candlestick shows each period's range", ChartSpec.of(ChartType.CANDLESTICK).x(x.name())
                        .ohlc(name(table, "open"), name(table, "high"), name(table, "low"), name(table, "close")));
            }
        }
        if (!categories.isEmpty() && y.isPresent()) {
            Column cat = categories.get(0);
            int k = cat.distinctCount(MAX_BAR_CATEGORIES + 1);
            boolean repeated = k < table.rowCount();
            Aggregation agg = repeated ? Aggregation.SUM : Aggregation.NONE;
            String what = "'" + y.get().name() + "' across " + k + " values of '" + cat.name() + "'";
            add(out, k > 10 ? ChartType.BAR_HORIZONTAL : ChartType.BAR, score(0.72, intent, Intent.COMPARE, 0.95),
                    "compares " + what + (k > 10 ? " (horizontal: many labels)" : ""),
                    ChartSpec.of(k > 10 ? ChartType.BAR_HORIZONTAL : ChartType.BAR).x(cat.name()).y(y.get().name()).aggregation(agg)
                            .sort(SortOrder.Y_DESC));
            if (k <= MAX_PIE_SLICES) {
                add(out, ChartType.DONUT, score(0.45, intent, Intent.COMPOSE, 0.9), "shares of the total " + what
                        + " (few enough slices to read)", ChartSpec.of(ChartType.DONUT).x(cat.name()).y(y.get().name()));
            }
            if (categories.size() > 1) {
                Column second = categories.get(1);
                add(out, ChartType.BAR_STACKED, score(0.55, intent, Intent.COMPOSE, 0.85), "how '" + second.name()
                        + "' makes up " + what, ChartSpec.of(ChartType.BAR_STACKED).x(cat.name()).y(y.get().name())
                        .color(second.name()).aggregation(Aggregation.SUM));
                add(out, ChartType.TREEMAP, score(0.5, intent, Intent.COMPOSE, 0.82), "nested shares: '" + cat.name() + "' then '"
                        + second.name() + "'", ChartSpec.of(ChartType.TREEMAP).path(cat.name(), second.name()).y(y.get().name()));
                add(out, ChartType.HEATMAP, score(0.45, intent, Intent.RELATE, 0.7), "'" + y.get().name() + "' for each pair of '"
                        + cat.name() + "' and '" + second.name() + "'", ChartSpec.of(ChartType.HEATMAP).x(cat.name())
                        .y(second.name()).z(y.get().name()).aggregation(Aggregation.MEAN));
            }
            if (table.rowCount() >= 5L * k) {
                add(out, ChartType.BOX, score(0.5, intent, Intent.DISTRIBUTE, 0.88), "the spread of '" + y.get().name()
                        + "' within each '" + cat.name() + "'", ChartSpec.of(ChartType.BOX).x(cat.name()).y(y.get().name()));
                add(out, ChartType.VIOLIN, score(0.4, intent, Intent.DISTRIBUTE, 0.8), "the shape of '" + y.get().name()
                        + "' within each '" + cat.name() + "'", ChartSpec.of(ChartType.VIOLIN).x(cat.name()).y(y.get().name()));
            }
        }
        if (numbers.size() >= 2) {
            Column a = numbers.get(0), b = numbers.get(1);
            add(out, ChartType.SCATTER, score(0.6, intent, Intent.RELATE, 0.95), "how '" + b.name() + "' moves with '"
                    + a.name() + "'", ChartSpec.of(ChartType.SCATTER).x(a.name()).y(b.name()));
            if (numbers.size() >= 3) {
                add(out, ChartType.CORRELATION, score(0.5, intent, Intent.RELATE, 0.9), numbers.size()
                        + " numeric columns — a correlation matrix shows every pair at once", ChartSpec.of(ChartType.CORRELATION)
                        .y(numbers.stream().limit(20).map(Column::name).toArray(String[]::new)));
                add(out, ChartType.BUBBLE, score(0.4, intent, Intent.RELATE, 0.7), "a third measure, '" + numbers.get(2).name()
                        + "', as bubble size", ChartSpec.of(ChartType.BUBBLE).x(a.name()).y(b.name()).size(numbers.get(2).name()));
            }
            if (numbers.size() >= 4) {
                add(out, ChartType.PARALLEL_COORDINATES, score(0.35, intent, Intent.RELATE, 0.6), "patterns across "
                        + numbers.size() + " measures", ChartSpec.of(ChartType.PARALLEL_COORDINATES)
                        .y(numbers.stream().limit(12).map(Column::name).toArray(String[]::new)));
            }
        }
        if (y.isPresent()) {
            add(out, ChartType.HISTOGRAM, score(dates.isEmpty() && categories.isEmpty() && numbers.size() == 1 ? 0.7 : 0.4, intent,
                    Intent.DISTRIBUTE, 0.93), "how the values of '" + y.get().name() + "' are distributed",
                    ChartSpec.of(ChartType.HISTOGRAM).x(y.get().name()));
        }
        if (y.isEmpty() && !categories.isEmpty()) {
            Column cat = categories.get(0);
            add(out, ChartType.BAR, score(0.7, intent, Intent.COMPARE, 0.9), "no numeric column: count the rows per '"
                    + cat.name() + "'", ChartSpec.of(ChartType.BAR).x(cat.name()).aggregation(Aggregation.COUNT).sort(SortOrder.Y_DESC));
            if (cat.distinctCount(MAX_PIE_SLICES + 1) <= MAX_PIE_SLICES) {
                add(out, ChartType.PIE, score(0.5, intent, Intent.COMPOSE, 0.85), "share of rows per '" + cat.name() + "'",
                        ChartSpec.of(ChartType.PIE).x(cat.name()));
            }
        }
        List<Recommendation> ranked = new ArrayList<>(out.values());
        ranked.sort(Comparator.comparingDouble(Recommendation::score).reversed());
        return ranked;
    }

    private static double score(double base, Intent intent, Intent serves, double whenServed) {
        return intent == serves ? Math.max(base, whenServed) : intent == null ? base : base * 0.8;
    }

    private static void add(Map<ChartType, Recommendation> out, ChartType type, double score, String reason, ChartSpec.Builder spec) {
        out.merge(type, new Recommendation(type, Math.round(score * 100) / 100.0, reason, spec.build()),
                (a, b) -> a.score() >= b.score() ? a : b);
    }

    private static boolean has(Table table, String name) {
        return table.find(name).filter(Column::isNumeric).isPresent();
    }

    private static String name(Table table, String name) {
        return table.find(name).map(Column::name).orElse(name);
    }
}
