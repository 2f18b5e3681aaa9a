package ai.kai.chart.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.Aggregation;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Column;
import ai.kai.chart.SortOrder;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** pie, donut, funnel and waterfall: parts of a whole, one value per category (summed when repeated). */
final class PartFigures implements TraceBuilder {
    static final int MAX_SLICES = 50;
    private static final int MAX_STEPS = 200;

    @Override
    public List<ObjectNode> traces(Ctx ctx, int[] rows) {
        ChartSpec spec = ctx.spec();
        boolean pie = spec.type() == ChartType.PIE || spec.type() == ChartType.DONUT;
        Map<String, Double> parts = sums(ctx, rows, pie ? MAX_SLICES : MAX_STEPS);
        return List.of(switch (spec.type()) {
            case FUNNEL -> funnel(ctx, parts);
            case WATERFALL -> waterfall(ctx, parts);
            default -> pie(ctx, parts);
        });
    }

    private ObjectNode pie(Ctx ctx, Map<String, Double> parts) {
        parts.values().stream().filter(v -> v < 0).findFirst().ifPresent(v -> {
            throw new KaiException(ErrorCode.CHART_NEEDS_NUMERIC, "a " + ctx.spec().type().id()
                    + " chart needs values of 0 or more, but '" + ctx.spec().firstY() + "' has " + v
                    + "; use a bar or waterfall chart for signed values");
        });
        ObjectNode t = P.obj();
        t.put("type", "pie").put("name", ctx.spec().firstY() == null ? "count" : ctx.spec().firstY());
        t.set("labels", P.texts(parts.keySet()));
        t.set("values", P.numbers(parts.values().stream().mapToDouble(Double::doubleValue).toArray()));
        ArrayNode colours = t.putObject("marker").putArray("colors");
        parts.keySet().forEach(label -> colours.add(ctx.colour(label)));
        t.withObjectProperty("marker").putObject("line").put("color", ctx.theme().paperBackground()).put("width", 1);
        t.put("sort", false).put("direction", "clockwise").put("rotation", 0);
        t.put("textinfo", "percent").put("textposition", "inside");
        if (ctx.spec().type() == ChartType.DONUT) {
            t.put("hole", 0.45);
        }
        t.put("hovertemplate", "%{label}: %{value} (%{percent})<extra></extra>");
        return t;
    }

    private ObjectNode funnel(Ctx ctx, Map<String, Double> parts) {
        ObjectNode t = P.obj();
        t.put("type", "funnel").put("name", ctx.spec().firstY());
        t.set("y", P.texts(parts.keySet()));
        t.set("x", P.numbers(parts.values().stream().mapToDouble(Double::doubleValue).toArray()));
        t.put("textinfo", "value+percent initial");
        t.putObject("marker").put("color", ctx.colour(ctx.spec().firstY()));
        ctx.layout().withObjectProperty("yaxis").put("type", "category").put("autorange", "reversed");
        return t;
    }

    private ObjectNode waterfall(Ctx ctx, Map<String, Double> parts) {
        List<String> labels = new ArrayList<>(parts.keySet());
        double[] values = new double[labels.size() + 1];
        ArrayNode measure = P.arr();
        double total = 0;
        for (int i = 0; i < labels.size(); i++) {
            values[i] = parts.get(labels.get(i));
            total += values[i];
            measure.add("relative");
        }
        labels.add("Total");
        values[values.length - 1] = total;
        measure.add("total");
        ObjectNode t = P.obj();
        t.put("type", "waterfall").put("name", ctx.spec().firstY()).put("orientation", "v");
        t.set("x", P.texts(labels));
        t.set("y", P.numbers(values));
        t.set("measure", measure);
        t.putObject("connector").putObject("line").put("color", ctx.theme().fontColor()).put("width", 1);
        t.putObject("increasing").putObject("marker").put("color", "#2ca02c");
        t.putObject("decreasing").putObject("marker").put("color", "#d62728");
        t.putObject("totals").putObject("marker").put("color", ctx.theme().seriesColour(0));
        ctx.layout().withObjectProperty("xaxis").put("type", "category");
        return t;
    }

    /** Category → value (y summed, or the row count without y), ordered as the spec asks. */
    private static Map<String, Double> sums(Ctx ctx, int[] rows, int max) {
        ChartSpec spec = ctx.spec();
        Column labels = ctx.col(spec.path().isEmpty() ? spec.x() : spec.path().get(0));
        Column values = ctx.col(spec.firstY());
        Aggregation agg = values == null ? Aggregation.COUNT
                : spec.aggregation() == Aggregation.NONE ? Aggregation.SUM : spec.aggregation();
        Map<String, Reducer> reducers = new LinkedHashMap<>();
        for (int r : rows) {
            reducers.computeIfAbsent(labels.label(r), k -> new Reducer(agg)).add(values == null ? 1 : values.number(r));
            if (reducers.size() > max) {
                throw SpecValidator.tooMany("column '" + labels.name() + "'", labels.distinctCount(100_000), max,
                        spec.type() == ChartType.PIE || spec.type() == ChartType.DONUT
                                ? "group small categories into 'other' or use a bar chart"
                                : "aggregate the data into fewer steps");
            }
        }
        List<Map.Entry<String, Double>> entries = new ArrayList<>();
        reducers.forEach((k, v) -> entries.add(Map.entry(k, v.result())));
        SortOrder sort = spec.sort();
        boolean pieDefault = sort == SortOrder.NONE && (spec.type() == ChartType.PIE || spec.type() == ChartType.DONUT);
        if (sort.byY() || pieDefault) {
            Comparator<Map.Entry<String, Double>> byValue = Map.Entry.comparingByValue();
            entries.sort(sort == SortOrder.Y_ASC ? byValue : byValue.reversed());
        } else if (sort != SortOrder.NONE) {
            Comparator<Map.Entry<String, Double>> byLabel = Map.Entry.comparingByKey();
            entries.sort(sort.descending() ? byLabel.reversed() : byLabel);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), Double.isNaN(e.getValue()) ? 0.0 : e.getValue()));
        return out;
    }
}
