package ai.kai.chart.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Column;
import ai.kai.chart.Orientation;

/** histogram, box and violin: the distribution of numeric values, per group. */
final class DistributionFigures implements TraceBuilder {
    private static final int MAX_GROUPS = 100;

    @Override
    public List<ObjectNode> traces(Ctx ctx, int[] rows) {
        return ctx.spec().type() == ChartType.HISTOGRAM ? histogram(ctx, rows) : boxes(ctx, rows);
    }

    private List<ObjectNode> histogram(Ctx ctx, int[] rows) {
        ChartSpec spec = ctx.spec();
        Column values = ctx.col(spec.x() != null ? spec.x() : spec.firstY());
        Map<String, int[]> groups = Groups.split(ctx.col(spec.color()), rows);
        if (groups.size() > SpecValidator.MAX_SERIES) {
            throw SpecValidator.tooMany("colour column '" + spec.color() + "'", groups.size(), SpecValidator.MAX_SERIES,
                    "choose a column with fewer values for color");
        }
        ctx.layout().put("barmode", groups.size() > 1 ? "overlay" : "group");
        ctx.layout().put("bargap", 0.02);
        List<ObjectNode> traces = new ArrayList<>();
        for (Map.Entry<String, int[]> g : groups.entrySet()) {
            String series = g.getKey().isEmpty() ? values.name() : g.getKey();
            int[] r = Groups.withNumbers(values, g.getValue());
            ObjectNode t = P.obj();
            t.put("type", "histogram").put("name", series);
            t.set("x", P.numbers(values, r));
            if (spec.bins() != null) {
                t.put("nbinsx", spec.bins());
            }
            t.putObject("marker").put("color", ctx.colour(series)).putObject("line").put("color", "#ffffff").put("width", 0.5);
            if (groups.size() > 1) {
                t.put("opacity", 0.7);
            }
            t.put("hovertemplate", "%{x}: %{y}<extra>" + CartesianFigures.escape(series) + "</extra>");
            traces.add(t);
        }
        return traces;
    }

    private List<ObjectNode> boxes(Ctx ctx, int[] rows) {
        ChartSpec spec = ctx.spec();
        boolean violin = spec.type() == ChartType.VIOLIN;
        boolean horizontal = spec.orientation() == Orientation.HORIZONTAL;
        Column groupBy = ctx.col(spec.x() != null ? spec.x() : spec.color());
        Map<String, int[]> groups = Groups.split(groupBy, rows);
        if (groups.size() > MAX_GROUPS) {
            throw SpecValidator.tooMany("group column '" + groupBy.name() + "'", groups.size(), MAX_GROUPS,
                    "group by a column with fewer values or filter the data");
        }
        List<ObjectNode> traces = new ArrayList<>();
        for (String yName : spec.y()) {
            Column y = ctx.col(yName);
            for (Map.Entry<String, int[]> g : groups.entrySet()) {
                int[] r = Groups.withNumbers(y, g.getValue());
                String series = ctx.seriesName(y.name(), g.getKey());
                String colour = ctx.colour(series);
                ObjectNode t = P.obj();
                t.put("type", violin ? "violin" : "box").put("name", series);
                t.set(horizontal ? "x" : "y", P.numbers(y, r));
                t.put("orientation", horizontal ? "h" : "v");
                t.putObject("marker").put("color", colour);
                t.putObject("line").put("color", colour);
                if (violin) {
                    t.putObject("box").put("visible", true);
                    t.putObject("meanline").put("visible", true);
                    t.put("points", false);
                    t.put("fillcolor", P.rgba(colour, 0.5));
                } else {
                    if (r.length <= 2000) {
                        t.put("boxpoints", "outliers");
                    } else {
                        t.put("boxpoints", false);
                    }
                    t.put("boxmean", true);
                }
                traces.add(t);
            }
        }
        return traces;
    }
}
