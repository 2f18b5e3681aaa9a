package ai.kai.chart.render;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import com.fasterxml.jackson.databind.JsonNode;

/** Parallel coordinates: one vertical axis per dimension, one polyline per row coloured by {@code line.color}. */
final class ParcoordsPainter {
    static final int MAX_LINES = 2000;

    private ParcoordsPainter() {
    }

    static void paint(JsonNode t, Canvas c, Style style, Rectangle2D area, Notes notes) {
        JsonNode dims = t.path("dimensions");
        int k = dims.size();
        if (k == 0) {
            return;
        }
        double top = area.getMinY() + style.fontSize() * 2, bottom = area.getMaxY() - style.fontSize();
        double[] xs = new double[k];
        for (int d = 0; d < k; d++) {
            xs[d] = area.getMinX() + 30 + (area.getWidth() - 60) * (k == 1 ? 0.5 : d / (double) (k - 1));
        }
        int n = dims.get(0).path("values").size();
        int[] rows = Downsample.sample(n, MAX_LINES);
        if (rows.length < n) {
            notes.downsampled("lines", n, rows.length, "uniform sample");
        }
        JsonNode colourValues = t.at("/line/color");
        Colours.Scale scale = Colours.Scale.of(t.at("/line/colorscale"));
        double[] cr = range(colourValues);
        for (int r : rows) {
            Path2D.Double p = new Path2D.Double();
            boolean pen = false;
            for (int d = 0; d < k; d++) {
                JsonNode dim = dims.get(d);
                double v = dim.path("values").path(r).asDouble(Double.NaN);
                double lo = dim.at("/range/0").asDouble(), hi = dim.at("/range/1").asDouble(lo + 1);
                if (Double.isNaN(v)) {
                    pen = false;
                    continue;
                }
                double y = bottom - (v - lo) / (hi - lo) * (bottom - top);
                if (pen) {
                    p.lineTo(xs[d], y);
                } else {
                    p.moveTo(xs[d], y);
                    pen = true;
                }
            }
            double cv = colourValues.path(r).asDouble(Double.NaN);
            c.stroke(p, Colours.alpha(scale.at((cv - cr[0]) / (cr[1] - cr[0])), rows.length > 500 ? 0.35 : 0.7), 1, false);
        }
        for (int d = 0; d < k; d++) {
            JsonNode dim = dims.get(d);
            c.stroke(new Line2D.Double(xs[d], top, xs[d], bottom), style.font(), 1.5, false);
            c.text(dim.path("label").asText(), xs[d], top - style.fontSize() * 0.8, style.fontSize(), true, style.font(),
                    Canvas.Anchor.MIDDLE, 0);
            c.text(Numbers.format(dim.at("/range/1").asDouble()), xs[d] + 4, top + style.fontSize() * 0.35,
                    style.fontSize() * 0.85, false, style.font(), Canvas.Anchor.START, 0);
            c.text(Numbers.format(dim.at("/range/0").asDouble()), xs[d] + 4, bottom, style.fontSize() * 0.85, false,
                    style.font(), Canvas.Anchor.START, 0);
        }
        if (t.at("/line/showscale").asBoolean(false)) {
            ScaleBar.paint(c, style, scale, cr[0], cr[1], area.getMaxX() + 12, top, bottom - top);
        }
    }

    private static double[] range(JsonNode values) {
        double[] v = Stats.finite(values);
        double lo = java.util.Arrays.stream(v).min().orElse(0), hi = java.util.Arrays.stream(v).max().orElse(1);
        return new double[] {lo, hi > lo ? hi : lo + 1};
    }
}
