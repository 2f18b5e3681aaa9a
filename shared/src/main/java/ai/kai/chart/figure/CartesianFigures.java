package ai.kai.chart.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.BarMode;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Column;
import ai.kai.chart.ColumnType;
import ai.kai.chart.Orientation;

/** line, area, bar (grouped, stacked, horizontal), scatter, bubble and forecast: x against one or more y. */
final class CartesianFigures implements TraceBuilder {
    private static final int MARKERS_UP_TO = 60;

    @Override
    public List<ObjectNode> traces(Ctx ctx, int[] rows) {
        ChartSpec spec = ctx.spec();
        if (spec.type() == ChartType.FORECAST) {
            return forecast(ctx, rows);
        }
        if (spec.type().isBar()) {
            barLayout(ctx);
        }
        Column x = ctx.col(spec.x());
        List<ObjectNode> traces = new ArrayList<>();
        for (String yName : spec.y()) {
            Column y = ctx.col(yName);
            for (Map.Entry<String, int[]> group : Groups.split(ctx.col(spec.color()), rows).entrySet()) {
                int[] r = ordered(spec, x, group.getValue());
                String series = ctx.seriesName(y.name(), group.getKey());
                traces.add(trace(ctx, x, y, r, series));
            }
        }
        return traces;
    }

    private ObjectNode trace(Ctx ctx, Column x, Column y, int[] rows, String series) {
        ChartType type = ctx.spec().type();
        String colour = ctx.colour(series);
        ObjectNode t = P.obj();
        t.put("name", series);
        if (type.isBar()) {
            boolean horizontal = horizontal(ctx.spec());
            t.put("type", "bar");
            t.set(horizontal ? "y" : "x", P.values(x, rows));
            t.set(horizontal ? "x" : "y", P.numbers(y, rows));
            t.put("orientation", horizontal ? "h" : "v");
            t.putObject("marker").put("color", colour);
            t.put("hovertemplate", "%{" + (horizontal ? "y" : "x") + "}: %{" + (horizontal ? "x" : "y") + "}<extra>"
                    + escape(series) + "</extra>");
            return t;
        }
        t.put("type", "scatter");
        t.set("x", P.values(x, rows));
        t.set("y", P.numbers(y, rows));
        switch (type) {
            case SCATTER, BUBBLE -> {
                t.put("mode", "markers");
                ObjectNode marker = t.putObject("marker");
                marker.put("color", colour).put("opacity", rows.length > 5000 ? 0.5 : 0.8);
                if (type == ChartType.BUBBLE) {
                    bubbleSizes(marker, ctx.col(ctx.spec().size()), rows);
                } else {
                    marker.put("size", rows.length > 5000 ? 4 : 7);
                }
            }
            case AREA -> {
                t.put("mode", "lines");
                t.put("fill", "tozeroy");
                t.put("fillcolor", P.rgba(colour, 0.35));
                t.putObject("line").put("color", colour).put("width", 2);
            }
            default -> {
                t.put("mode", rows.length <= MARKERS_UP_TO ? "lines+markers" : "lines");
                t.putObject("line").put("color", colour).put("width", 2);
                t.putObject("marker").put("color", colour).put("size", 6);
            }
        }
        t.put("hovertemplate", "%{x}: %{y}<extra>" + escape(series) + "</extra>");
        return t;
    }

    private static void bubbleSizes(ObjectNode marker, Column size, int[] rows) {
        double max = Arrays.stream(rows).mapToDouble(size::number).filter(v -> !Double.isNaN(v)).map(Math::abs).max().orElse(1);
        marker.set("size", P.numbers(Arrays.stream(rows).mapToDouble(r -> Math.abs(size.number(r))).toArray()));
        marker.put("sizemode", "area");
        marker.put("sizeref", 2.0 * (max == 0 ? 1 : max) / (40.0 * 40.0));
        marker.put("sizemin", 3);
        marker.putObject("line").put("width", 0.5).put("color", "#ffffff");
    }

    private List<ObjectNode> forecast(Ctx ctx, int[] rows) {
        ChartSpec spec = ctx.spec();
        Column x = ctx.col(spec.x());
        int[] all = ordered(spec, x, rows);
        Column lower = ctx.col(spec.lower());
        Column upper = ctx.col(spec.upper());
        int[] band = Arrays.stream(all).filter(r -> !Double.isNaN(lower.number(r)) && !Double.isNaN(upper.number(r))).toArray();
        String colour = ctx.colour(spec.firstY());
        List<ObjectNode> traces = new ArrayList<>();
        ObjectNode lo = P.obj();
        lo.put("type", "scatter").put("mode", "lines").put("name", lower.name()).put("showlegend", false)
                .put("hoverinfo", "skip");
        lo.set("x", P.values(x, band));
        lo.set("y", P.numbers(lower, band));
        lo.putObject("line").put("width", 0).put("color", colour);
        traces.add(lo);
        ObjectNode hi = P.obj();
        hi.put("type", "scatter").put("mode", "lines").put("name", "interval (" + lower.name() + " – " + upper.name() + ")")
                .put("fill", "tonexty").put("fillcolor", P.rgba(colour, 0.2)).put("hoverinfo", "skip");
        hi.set("x", P.values(x, band));
        hi.set("y", P.numbers(upper, band));
        hi.putObject("line").put("width", 0).put("color", colour);
        traces.add(hi);
        for (int i = 0; i < spec.y().size(); i++) {
            Column y = ctx.col(spec.y().get(i));
            int[] r = Groups.withNumbers(y, all);
            ObjectNode t = P.obj();
            t.put("type", "scatter").put("mode", "lines").put("name", y.name());
            t.set("x", P.values(x, r));
            t.set("y", P.numbers(y, r));
            ObjectNode line = t.putObject("line").put("color", i == 0 ? colour : ctx.colour(y.name())).put("width", 2);
            if (i > 0) {
                line.put("dash", "dash");
            }
            t.put("hovertemplate", "%{x}: %{y}<extra>" + escape(y.name()) + "</extra>");
            traces.add(t);
        }
        return traces;
    }

    private void barLayout(Ctx ctx) {
        BarMode mode = ctx.spec().barmode() != null ? ctx.spec().barmode()
                : ctx.spec().type() == ChartType.BAR_STACKED ? BarMode.STACK : BarMode.GROUP;
        ctx.layout().put("barmode", mode.id());
    }

    static boolean horizontal(ChartSpec spec) {
        return spec.type() == ChartType.BAR_HORIZONTAL || spec.orientation() == Orientation.HORIZONTAL;
    }

    /** Lines over numeric or temporal x follow x unless a sort was asked for (the rows already carry it). */
    private static int[] ordered(ChartSpec spec, Column x, int[] rows) {
        boolean lineLike = !spec.type().isBar() && spec.type() != ChartType.SCATTER && spec.type() != ChartType.BUBBLE;
        if (!lineLike || spec.sort() != ai.kai.chart.SortOrder.NONE || x.type() == ColumnType.TEXT) {
            return rows;
        }
        Comparator<Integer> byX = x.type() == ColumnType.NUMBER ? Comparator.comparingDouble(x::number)
                : Comparator.comparing(x::label);
        return Arrays.stream(rows).boxed().sorted(byX).mapToInt(Integer::intValue).toArray();
    }

    /** Series names go inside hovertemplate's {@code <extra>}; '%{' would be read as a placeholder. */
    static String escape(String s) {
        return s.replace("%{", "%\u200b{").replace("<", "&lt;");
    }
}
