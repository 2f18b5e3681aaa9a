package ai.kai.chart.render;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import com.fasterxml.jackson.databind.JsonNode;

/** Box plots (quartiles, 1.5 IQR whiskers, outliers, mean), violins (KDE) and heatmaps (cells on a colour scale). */
final class StatMarks {
    private static final int MAX_OUTLIERS = 2000;

    private StatMarks() {
    }

    static void collectBox(JsonNode t, Extent cat, Extent val) {
        cat.category(t.path("name").asText());
        val.addAll(t.path("h".equals(t.path("orientation").asText()) ? "x" : "y"));
    }

    static void paintBox(JsonNode t, Canvas canvas, Plot plot, Style style, int index) {
        boolean h = "h".equals(t.path("orientation").asText());
        Scale cat = h ? plot.y() : plot.x(), val = h ? plot.x() : plot.y();
        double[] v = Stats.sorted(t.path(h ? "x" : "y"));
        if (v.length == 0) {
            return;
        }
        double centre = cat.px(cat.categories().indexOf(t.path("name").asText()));
        double half = cat.unit() * 0.3;
        Color colour = style.traceColour(t, index);
        double q1 = Stats.quantile(v, 0.25), median = Stats.quantile(v, 0.5), q3 = Stats.quantile(v, 0.75), iqr = q3 - q1;
        double lo = v[0], hi = v[v.length - 1];
        for (double d : v) {
            if (d >= q1 - 1.5 * iqr) {
                lo = d;
                break;
            }
        }
        for (int i = v.length - 1; i >= 0; i--) {
            if (v[i] <= q3 + 1.5 * iqr) {
                hi = v[i];
                break;
            }
        }
        if ("violin".equals(t.path("type").asText())) {
            violin(canvas, v, centre, cat.unit() * 0.45, val, h, Colours.parse(t.path("fillcolor").asText(), Colours.alpha(colour, 0.5)), colour);
            half = cat.unit() * 0.05;
        }
        Color boxFill = Colours.alpha(colour, 0.5);
        canvas.fill(rect(h, centre - half, val.px(q1), centre + half, val.px(q3)), boxFill);
        canvas.stroke(rect(h, centre - half, val.px(q1), centre + half, val.px(q3)), colour, 1.5, false);
        canvas.stroke(line(h, centre - half, val.px(median), centre + half, val.px(median)), colour, 2, false);
        canvas.stroke(line(h, centre, val.px(q3), centre, val.px(hi)), colour, 1.5, false);
        canvas.stroke(line(h, centre, val.px(q1), centre, val.px(lo)), colour, 1.5, false);
        canvas.stroke(line(h, centre - half / 2, val.px(hi), centre + half / 2, val.px(hi)), colour, 1.5, false);
        canvas.stroke(line(h, centre - half / 2, val.px(lo), centre + half / 2, val.px(lo)), colour, 1.5, false);
        if (t.path("boxmean").asBoolean(false) || t.at("/meanline/visible").asBoolean(false)) {
            double mean = java.util.Arrays.stream(v).average().orElse(median);
            canvas.stroke(line(h, centre - half, val.px(mean), centre + half, val.px(mean)), colour, 1.2, true);
        }
        if ("outliers".equals(t.path("boxpoints").asText())) {
            int drawn = 0;
            for (double d : v) {
                if ((d < lo || d > hi) && drawn++ < MAX_OUTLIERS) {
                    double p = val.px(d);
                    canvas.fill(h ? new Ellipse2D.Double(p - 2.5, centre - 2.5, 5, 5) : new Ellipse2D.Double(centre - 2.5, p - 2.5, 5, 5), colour);
                }
            }
        }
    }

    private static void violin(Canvas canvas, double[] sorted, double centre, double half, Scale val, boolean h, Color fill, Color line) {
        int points = 80;
        double lo = sorted[0], hi = sorted[sorted.length - 1];
        double[] density = Stats.kde(sorted, lo, hi, points);
        double max = java.util.Arrays.stream(density).max().orElse(1);
        Path2D.Double shape = new Path2D.Double();
        for (int i = 0; i < points; i++) {
            double at = val.px(lo + (hi - lo) * i / (points - 1)), w = max > 0 ? density[i] / max * half : 0;
            if (i == 0) {
                move(shape, h, centre - w, at);
            } else {
                lineTo(shape, h, centre - w, at);
            }
        }
        for (int i = points - 1; i >= 0; i--) {
            double at = val.px(lo + (hi - lo) * i / (points - 1)), w = max > 0 ? density[i] / max * half : 0;
            lineTo(shape, h, centre + w, at);
        }
        shape.closePath();
        canvas.fill(shape, fill);
        canvas.stroke(shape, line, 1.2, false);
    }

    static void collectHeatmap(JsonNode t, Extent xe, Extent ye) {
        t.path("x").forEach(v -> xe.category(Extent.label(v)));
        t.path("y").forEach(v -> ye.category(Extent.label(v)));
    }

    static double[] zRange(JsonNode t) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (JsonNode row : t.path("z")) {
            for (JsonNode v : row) {
                if (v.isNumber()) {
                    min = Math.min(min, v.asDouble());
                    max = Math.max(max, v.asDouble());
                }
            }
        }
        min = t.has("zmin") ? t.path("zmin").asDouble() : min;
        max = t.has("zmax") ? t.path("zmax").asDouble() : max;
        return min > max ? new double[] {0, 1} : new double[] {min, max == min ? min + 1 : max};
    }

    static void paintHeatmap(JsonNode t, Canvas canvas, Plot plot, Style style) {
        Colours.Scale scale = Colours.Scale.of(t.path("colorscale"));
        double[] range = zRange(t);
        boolean text = t.has("texttemplate");
        double cw = plot.x().unit(), ch = plot.y().unit();
        JsonNode z = t.path("z");
        for (int i = 0; i < z.size(); i++) {
            for (int j = 0; j < z.get(i).size(); j++) {
                JsonNode v = z.get(i).get(j);
                if (!v.isNumber()) {
                    continue;
                }
                double cx = plot.x().px(t.path("x").get(j)), cy = plot.y().px(t.path("y").get(i));
                Color colour = scale.at((v.asDouble() - range[0]) / (range[1] - range[0]));
                canvas.fill(new Rectangle2D.Double(cx - cw / 2, cy - ch / 2, cw + 0.5, ch + 0.5), colour);
                if (text && cw > 28 && ch > style.fontSize()) {
                    canvas.text(String.format(java.util.Locale.ROOT, "%.2f", v.asDouble()), cx, cy + style.fontSize() * 0.35,
                            style.fontSize() * 0.9, false, Colours.contrast(colour), Canvas.Anchor.MIDDLE, 0);
                }
            }
        }
    }

    private static Rectangle2D rect(boolean h, double c0, double v0, double c1, double v1) {
        return h ? BarMarks.rect(v0, c0, v1, c1) : BarMarks.rect(c0, v0, c1, v1);
    }

    private static Line2D line(boolean h, double c0, double v0, double c1, double v1) {
        return h ? new Line2D.Double(v0, c0, v1, c1) : new Line2D.Double(c0, v0, c1, v1);
    }

    private static void move(Path2D p, boolean h, double c, double v) {
        if (h) {
            p.moveTo(v, c);
        } else {
            p.moveTo(c, v);
        }
    }

    private static void lineTo(Path2D p, boolean h, double c, double v) {
        if (h) {
            p.lineTo(v, c);
        } else {
            p.lineTo(c, v);
        }
    }
}
