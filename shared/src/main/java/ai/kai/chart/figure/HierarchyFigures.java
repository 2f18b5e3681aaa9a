package ai.kai.chart.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Column;

/**
 * treemap and sunburst from hierarchy columns ({@code path}, outer level first; or just {@code x}). Leaves carry
 * the summed y (or the row count); parents the total of their children ({@code branchvalues: "total"}).
 */
final class HierarchyFigures implements TraceBuilder {
    static final int MAX_NODES = 5000;
    static final String SEP = " / ";

    private record Node(String id, String label, String parent, int topIndex, double[] value) {
    }

    @Override
    public List<ObjectNode> traces(Ctx ctx, int[] rows) {
        ChartSpec spec = ctx.spec();
        List<Column> levels = (spec.path().isEmpty() ? List.of(spec.x()) : spec.path()).stream().map(ctx::col).toList();
        Column values = ctx.col(spec.firstY());
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Integer> tops = new LinkedHashMap<>();
        for (int r : rows) {
            double v = values == null ? 1 : values.number(r);
            if (Double.isNaN(v) || v < 0) {
                continue;
            }
            String parent = "";
            int top = tops.computeIfAbsent(levels.get(0).label(r), k -> tops.size());
            for (Column level : levels) {
                String label = level.label(r);
                String id = parent.isEmpty() ? label : parent + SEP + label;
                final String p = parent;
                nodes.computeIfAbsent(id, k -> new Node(k, label, p, top, new double[1])).value()[0] += v;
                parent = id;
            }
            if (nodes.size() > MAX_NODES) {
                throw SpecValidator.tooMany("the hierarchy", nodes.size(), MAX_NODES,
                        "use fewer levels in path or filter to the largest groups");
            }
        }
        List<Node> list = new ArrayList<>(nodes.values());
        ObjectNode t = P.obj();
        t.put("type", spec.type() == ChartType.SUNBURST ? "sunburst" : "treemap");
        t.put("name", values == null ? "count" : values.name());
        t.set("ids", P.texts(list.stream().map(Node::id).toList()));
        t.set("labels", P.texts(list.stream().map(Node::label).toList()));
        t.set("parents", P.texts(list.stream().map(Node::parent).toList()));
        t.set("values", P.numbers(list.stream().mapToDouble(n -> n.value()[0]).toArray()));
        t.put("branchvalues", "total");
        ArrayNode colours = t.putObject("marker").putArray("colors");
        list.forEach(n -> colours.add(ctx.theme().seriesColour(n.topIndex())));
        t.withObjectProperty("marker").putObject("line").put("color", ctx.theme().paperBackground()).put("width", 1);
        t.put("textinfo", "label+value");
        t.put("hovertemplate", "%{id}: %{value}<extra></extra>");
        return List.of(t);
    }
}
