package ai.kai.chart.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One subplot per value of the facet column, in a grid of at most three columns. Each subplot gets its own axis
 * pair ({@code x2}/{@code y2}, … with {@code domain} and {@code anchor}) and a title annotation; a series keeps its
 * colour everywhere and is listed in the legend once.
 */
final class Facets {
    private static final double GAP = 0.08;

    private Facets() {
    }

    /** Axis suffix of subplot i: "" for the first, then "2", "3", … as Plotly names them. */
    static String suffix(int i) {
        return i == 0 ? "" : Integer.toString(i + 1);
    }

    static int count(ObjectNode layout) {
        int n = 0;
        while (layout.has("xaxis" + suffix(n))) {
            n++;
        }
        return Math.max(n, 1);
    }

    static List<ObjectNode> build(Ctx ctx, TraceBuilder builder, int[] rows) {
        Map<String, int[]> facets = Groups.split(ctx.col(ctx.spec().facet()), rows);
        if (facets.size() > SpecValidator.MAX_FACETS) {
            throw SpecValidator.tooMany("facet column '" + ctx.spec().facet() + "'", facets.size(),
                    SpecValidator.MAX_FACETS, "choose a facet column with fewer values or filter the data");
        }
        int n = facets.size();
        int cols = Math.min(n, 3);
        int gridRows = (n + cols - 1) / cols;
        List<ObjectNode> all = new ArrayList<>();
        ArrayNode annotations = ctx.layout().withArrayProperty("annotations");
        int i = 0;
        for (Map.Entry<String, int[]> facet : facets.entrySet()) {
            int col = i % cols, row = i / cols;
            double x0 = col / (double) cols + (col == 0 ? 0 : GAP / 2), x1 = (col + 1) / (double) cols - (col == cols - 1 ? 0 : GAP / 2);
            double y1 = 1 - row / (double) gridRows - (row == 0 ? 0 : GAP / 2) - 0.04;
            double y0 = 1 - (row + 1) / (double) gridRows + (row == gridRows - 1 ? 0 : GAP / 2);
            String s = suffix(i);
            ObjectNode xaxis = ctx.layout().withObjectProperty("xaxis" + s);
            xaxis.putArray("domain").add(x0).add(x1);
            xaxis.put("anchor", "y" + s);
            ObjectNode yaxis = ctx.layout().withObjectProperty("yaxis" + s);
            yaxis.putArray("domain").add(y0).add(y1);
            yaxis.put("anchor", "x" + s);
            ObjectNode note = annotations.addObject();
            note.put("text", ctx.spec().facet() + " = " + facet.getKey()).put("showarrow", false)
                    .put("xref", "paper").put("yref", "paper").put("x", (x0 + x1) / 2).put("y", y1)
                    .put("xanchor", "center").put("yanchor", "bottom");
            for (ObjectNode trace : builder.traces(ctx, facet.getValue())) {
                String name = trace.path("name").asText();
                trace.put("xaxis", "x" + s).put("yaxis", "y" + s).put("legendgroup", name);
                trace.put("showlegend", i == 0 || !seenBefore(all, name));
                all.add(trace);
            }
            i++;
        }
        return all;
    }

    private static boolean seenBefore(List<ObjectNode> traces, String name) {
        return traces.stream().anyMatch(t -> t.path("name").asText().equals(name));
    }
}
