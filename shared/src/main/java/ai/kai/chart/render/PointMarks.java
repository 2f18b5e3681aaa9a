package ai.kai.chart.render;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.chart.render.CartesianPainter.Cart;

/** Scatter traces (lines, markers, bubbles, fills to zero or to the previous trace) and candlesticks. */
final class PointMarks {
    private static final int MAX_CANDLES = 1000;

    private PointMarks() {
    }

    /** Pixel coordinates of a trace's points, downsampled when there are many. */
    record Points(double[] x, double[] y, int[] rows) {
    }

    static Points points(JsonNode t, Plot plot, Cart c, boolean lines, boolean note) {
        JsonNode xs = t.path("x"), ys = t.path("y");
        int n = Math.min(xs.size(), ys.size());
        double[] dx = new double[n], dy = new double[n];
        for (int i = 0; i < n; i++) {
            dx[i] = plot.x().value(xs.get(i));
            dy[i] = plot.y().value(ys.get(i));
        }
        int limit = lines ? Downsample.LINE_POINTS : Downsample.MARKER_POINTS;
        int[] rows = Downsample.identity(n);
        if (n > limit) {
            boolean numericX = plot.x().kind() != Scale.Kind.CATEGORY;
            rows = lines && numericX ? Downsample.lttb(dx, dy, limit) : Downsample.sample(n, limit);
            if (note) {
                c.notes().downsampled(t.path("name").asText(), n, rows.length, lines && numericX ? "LTTB" : "uniform sample");
            }
        }
        double[] px = new double[rows.length], py = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            px[i] = plot.x().px(dx[rows[i]]);
            py[i] = plot.y().px(dy[rows[i]]);
        }
        return new Points(px, py, rows);
    }

    static void scatter(JsonNode t, Canvas canvas, Plot plot, Cart c, List<JsonNode> all, int index) {
        String mode = t.path("mode").asText(t.path("x").size() <= 20 ? "lines+markers" : "lines");
        boolean lines = mode.contains("lines");
        Color colour = c.style().traceColour(t, index);
        Points p = points(t, plot, c, lines, true);
        String fill = t.path("fill").asText("none");
        if (!fill.equals("none") && path(p, false).getCurrentPoint() != null) {
            Color fc = Colours.parse(t.path("fillcolor").asText(), Colours.alpha(colour, 0.5));
            Path2D area = path(p, false);
            if (fill.equals("tonexty") && all.indexOf(t) > 0) {
                Points prev = points(all.get(all.indexOf(t) - 1), plot, c, true, false);
                for (int i = prev.x().length - 1; i >= 0; i--) {
                    if (!Double.isNaN(prev.x()[i]) && !Double.isNaN(prev.y()[i])) {
                        area.lineTo(prev.x()[i], prev.y()[i]);
                    }
                }
            } else if (p.x().length > 0) {
                double zero = plot.y().px(0);
                area.lineTo(last(p.x()), zero);
                area.lineTo(first(p.x()), zero);
            }
            area.closePath();
            canvas.fill(area, fc);
        }
        double width = t.at("/line/width").asDouble(2);
        if (lines && width > 0) {
            canvas.stroke(path(p, true), colour, width, "dash".equals(t.at("/line/dash").asText()));
        }
        if (mode.contains("markers")) {
            markers(t, canvas, p, colour);
        }
    }

    private static void markers(JsonNode t, Canvas canvas, Points p, Color colour) {
        JsonNode marker = t.path("marker");
        Color fill = Colours.alpha(colour, marker.path("opacity").asDouble(1));
        JsonNode sizes = marker.path("size");
        double sizeref = marker.path("sizeref").asDouble(1), sizemin = marker.path("sizemin").asDouble(0);
        boolean area = "area".equals(marker.path("sizemode").asText());
        for (int i = 0; i < p.x().length; i++) {
            if (Double.isNaN(p.x()[i]) || Double.isNaN(p.y()[i])) {
                continue;
            }
            double d = sizes.isArray() ? sizes.path(p.rows()[i]).asDouble(6) : sizes.asDouble(6);
            if (sizes.isArray()) {
                d = Math.max(sizemin, area ? Math.sqrt(d / sizeref) : d / sizeref);
            }
            canvas.fill(new Ellipse2D.Double(p.x()[i] - d / 2, p.y()[i] - d / 2, d, d), fill);
        }
    }

    /** A path through the points; {@code breakOnGaps} starts a new segment after a missing value. */
    private static Path2D path(Points p, boolean breakOnGaps) {
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < p.x().length; i++) {
            double x = p.x()[i], y = p.y()[i];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                pen = pen && !breakOnGaps;
                continue;
            }
            if (pen) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                pen = true;
            }
        }
        return path;
    }

    static void candlestick(JsonNode t, Canvas canvas, Plot plot, Cart c) {
        Color up = Colours.parse(t.at("/increasing/line/color").asText(), new Color(0x3d9970));
        Color down = Colours.parse(t.at("/decreasing/line/color").asText(), new Color(0xff4136));
        JsonNode xs = t.path("x");
        int n = xs.size();
        int per = (int) Math.ceil(n / (double) MAX_CANDLES);
        if (per > 1) {
            c.notes().downsampled(t.path("name").asText("candles"), n, (n + per - 1) / per, per + " candles merged into one");
        }
        double width = Math.max(1, BarMarks.slot(plot.x(), xs) * per * 0.7);
        for (int start = 0; start < n; start += per) {
            int end = Math.min(n, start + per);
            double open = t.path("open").path(start).asDouble(Double.NaN), close = t.path("close").path(end - 1).asDouble(Double.NaN);
            double high = Double.NEGATIVE_INFINITY, low = Double.POSITIVE_INFINITY;
            for (int i = start; i < end; i++) {
                high = Math.max(high, t.path("high").path(i).asDouble(Double.NEGATIVE_INFINITY));
                low = Math.min(low, t.path("low").path(i).asDouble(Double.POSITIVE_INFINITY));
            }
            double cx = (plot.x().px(xs.get(start)) + plot.x().px(xs.get(end - 1))) / 2;
            if (Double.isNaN(cx) || Double.isNaN(open) || Double.isNaN(close)) {
                continue;
            }
            Color colour = close >= open ? up : down;
            canvas.stroke(new Line2D.Double(cx, plot.y().px(high), cx, plot.y().px(low)), colour, 1, false);
            double y0 = plot.y().px(open), y1 = plot.y().px(close);
            canvas.fill(BarMarks.rect(cx - width / 2, Math.min(y0, y1), cx + width / 2, Math.max(Math.max(y0, y1), Math.min(y0, y1) + 1)), colour);
        }
    }

    private static double first(double[] v) {
        for (double d : v) {
            if (!Double.isNaN(d)) {
                return d;
            }
        }
        return 0;
    }

    private static double last(double[] v) {
        for (int i = v.length - 1; i >= 0; i--) {
            if (!Double.isNaN(v[i])) {
                return v[i];
            }
        }
        return 0;
    }
}
