package ai.kai.chart.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartSpec;
import ai.kai.chart.Column;
import ai.kai.chart.ColumnType;

/** scatter_3d, parallel_coordinates and candlestick. */
final class SpecialFigures implements TraceBuilder {
    private static final int MAX_DIMENSIONS = 30;

    @Override
    public List<ObjectNode> traces(Ctx ctx, int[] rows) {
        return switch (ctx.spec().type()) {
            case SCATTER_3D -> scatter3d(ctx, rows);
            case PARALLEL_COORDINATES -> List.of(parcoords(ctx, rows));
            default -> List.of(candlestick(ctx, rows));
        };
    }

    private List<ObjectNode> scatter3d(Ctx ctx, int[] rows) {
        ChartSpec spec = ctx.spec();
        Column x = ctx.col(spec.x()), y = ctx.col(spec.firstY()), z = ctx.col(spec.z());
        List<ObjectNode> traces = new ArrayList<>();
        for (Map.Entry<String, int[]> g : Groups.split(ctx.col(spec.color()), rows).entrySet()) {
            String series = g.getKey().isEmpty() ? z.name() : g.getKey();
            ObjectNode t = P.obj();
            t.put("type", "scatter3d").put("mode", "markers").put("name", series);
            t.set("x", P.numbers(x, g.getValue()));
            t.set("y", P.numbers(y, g.getValue()));
            t.set("z", P.numbers(z, g.getValue()));
            t.putObject("marker").put("size", g.getValue().length > 5000 ? 2 : 4).put("color", ctx.colour(series))
                    .put("opacity", 0.8);
            traces.add(t);
        }
        ObjectNode scene = ctx.layout().putObject("scene");
        scene.putObject("xaxis").set("title", P.title(spec.xLabel() != null ? spec.xLabel() : x.name()));
        scene.putObject("yaxis").set("title", P.title(spec.yLabel() != null ? spec.yLabel() : y.name()));
        scene.putObject("zaxis").set("title", P.title(z.name()));
        return traces;
    }

    private ObjectNode parcoords(Ctx ctx, int[] rows) {
        ChartSpec spec = ctx.spec();
        List<Column> dims = spec.y().isEmpty() ? ctx.table().numericColumns() : spec.y().stream().map(ctx::col).toList();
        if (dims.size() > MAX_DIMENSIONS) {
            throw SpecValidator.tooMany("parallel coordinates", dims.size(), MAX_DIMENSIONS, "list at most "
                    + MAX_DIMENSIONS + " columns in y");
        }
        ObjectNode t = P.obj();
        t.put("type", "parcoords").put("name", "parallel coordinates");
        ArrayNode dimensions = t.putArray("dimensions");
        for (Column d : dims) {
            ObjectNode dim = dimensions.addObject();
            dim.put("label", d.name());
            dim.set("values", P.numbers(d, rows));
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (int r : rows) {
                double v = d.number(r);
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            dim.putArray("range").add(min).add(max == min ? max + 1 : max);
        }
        ObjectNode line = t.putObject("line");
        Column colour = ctx.col(spec.color());
        if (colour != null && colour.type() != ColumnType.NUMBER) {
            Map<String, Integer> codes = new LinkedHashMap<>();
            double[] coded = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                coded[i] = codes.computeIfAbsent(colour.label(rows[i]), k -> codes.size());
            }
            line.set("color", P.numbers(coded));
            List<String> palette = new ArrayList<>();
            codes.keySet().forEach(k -> palette.add(ctx.colour(k)));
            line.set("colorscale", P.colorscale(palette.size() == 1 ? List.of(palette.get(0), palette.get(0)) : palette));
        } else {
            line.set("color", P.numbers(colour != null ? colour : dims.get(0), rows));
            line.set("colorscale", P.colorscale(ctx.theme().sequential()));
            line.put("showscale", true);
        }
        return t;
    }

    private ObjectNode candlestick(Ctx ctx, int[] rows) {
        ChartSpec spec = ctx.spec();
        Column x = ctx.col(spec.x());
        ObjectNode t = P.obj();
        t.put("type", "candlestick").put("name", spec.close());
        t.set("x", P.values(x, rows));
        t.set("open", P.numbers(ctx.col(spec.open()), rows));
        t.set("high", P.numbers(ctx.col(spec.high()), rows));
        t.set("low", P.numbers(ctx.col(spec.low()), rows));
        t.set("close", P.numbers(ctx.col(spec.close()), rows));
        t.putObject("increasing").putObject("line").put("color", "#3d9970");
        t.putObject("decreasing").putObject("line").put("color", "#ff4136");
        ctx.layout().withObjectProperty("xaxis").putObject("rangeslider").put("visible", false);
        return t;
    }
}
