package ai.kai.chart.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.Aggregation;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Column;

/** heatmap (x × y categories, aggregated z) and correlation matrix (Pearson, pairwise complete). */
final class MatrixFigures implements TraceBuilder {
    private static final int MAX_CELLS_PER_AXIS = 200;
    private static final int MAX_CORRELATION_COLUMNS = 50;

    @Override
    public List<ObjectNode> traces(Ctx ctx, int[] rows) {
        return List.of(ctx.spec().type() == ChartType.CORRELATION ? correlation(ctx, rows) : heatmap(ctx, rows));
    }

    private ObjectNode heatmap(Ctx ctx, int[] rows) {
        ChartSpec spec = ctx.spec();
        Column x = ctx.col(spec.x());
        Column y = ctx.col(spec.firstY());
        Column z = ctx.col(spec.z());
        Map<String, Integer> xs = categories(x, rows, "x");
        Map<String, Integer> ys = categories(y, rows, "y");
        Aggregation agg = z == null ? Aggregation.COUNT : spec.aggregation() == Aggregation.NONE ? Aggregation.MEAN : spec.aggregation();
        Reducer[][] cells = new Reducer[ys.size()][xs.size()];
        for (int r : rows) {
            int i = ys.get(y.label(r));
            int j = xs.get(x.label(r));
            if (cells[i][j] == null) {
                cells[i][j] = new Reducer(agg);
            }
            cells[i][j].add(z == null ? 1 : z.number(r));
        }
        ArrayNode matrix = P.arr();
        for (Reducer[] row : cells) {
            ArrayNode line = matrix.addArray();
            for (Reducer cell : row) {
                double v = cell == null ? Double.NaN : cell.result();
                if (Double.isNaN(v)) {
                    line.addNull();
                } else {
                    line.add(v);
                }
            }
        }
        ObjectNode t = P.obj();
        t.put("type", "heatmap").put("name", z == null ? "count" : agg.id() + " of " + z.name());
        t.set("x", P.texts(xs.keySet()));
        t.set("y", P.texts(ys.keySet()));
        t.set("z", matrix);
        t.set("colorscale", P.colorscale(ctx.theme().sequential()));
        t.put("hovertemplate", "%{x} · %{y}: %{z}<extra></extra>");
        ctx.layout().withObjectProperty("xaxis").put("type", "category");
        ctx.layout().withObjectProperty("yaxis").put("type", "category");
        return t;
    }

    private ObjectNode correlation(Ctx ctx, int[] rows) {
        ChartSpec spec = ctx.spec();
        List<Column> columns = spec.y().isEmpty() ? ctx.table().numericColumns() : spec.y().stream().map(ctx::col).toList();
        if (columns.size() > MAX_CORRELATION_COLUMNS) {
            throw SpecValidator.tooMany("the correlation matrix", columns.size(), MAX_CORRELATION_COLUMNS,
                    "list the columns to correlate in y");
        }
        List<String> names = columns.stream().map(Column::name).toList();
        ArrayNode matrix = P.arr();
        for (Column a : columns) {
            ArrayNode line = matrix.addArray();
            for (Column b : columns) {
                double r = pearson(a, b, rows);
                if (Double.isNaN(r)) {
                    line.addNull();
                } else {
                    line.add(Math.round(r * 10000) / 10000.0);
                }
            }
        }
        ObjectNode t = P.obj();
        t.put("type", "heatmap").put("name", "correlation");
        t.set("x", P.texts(names));
        t.set("y", P.texts(names));
        t.set("z", matrix);
        t.put("zmin", -1).put("zmax", 1);
        t.set("colorscale", P.colorscale(ctx.theme().diverging()));
        t.put("texttemplate", "%{z:.2f}");
        t.put("hovertemplate", "%{x} · %{y}: %{z:.3f}<extra></extra>");
        ctx.layout().withObjectProperty("xaxis").put("type", "category");
        ctx.layout().withObjectProperty("yaxis").put("type", "category").put("autorange", "reversed");
        return t;
    }

    static double pearson(Column a, Column b, int[] rows) {
        double n = 0, sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
        for (int r : rows) {
            double x = a.number(r), y = b.number(r);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            n++; sa += x; sb += y; saa += x * x; sbb += y * y; sab += x * y;
        }
        double cov = sab - sa * sb / n, va = saa - sa * sa / n, vb = sbb - sb * sb / n;
        return n < 2 || va <= 0 || vb <= 0 ? Double.NaN : Math.max(-1, Math.min(1, cov / Math.sqrt(va * vb)));
    }

    private static Map<String, Integer> categories(Column c, int[] rows, String axis) {
        Map<String, Integer> out = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (int r : rows) {
            if (!out.containsKey(c.label(r))) {
                out.put(c.label(r), out.size());
                order.add(c.label(r));
                if (out.size() > MAX_CELLS_PER_AXIS) {
                    throw SpecValidator.tooMany("heatmap " + axis + " column '" + c.name() + "'", c.distinctCount(100_000),
                            MAX_CELLS_PER_AXIS, "bin or group it first (e.g. by month instead of by day)");
                }
            }
        }
        return out;
    }
}
