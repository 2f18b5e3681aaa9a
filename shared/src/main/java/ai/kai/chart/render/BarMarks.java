package ai.kai.chart.render;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.chart.render.CartesianPainter.Cart;

/** Bars: plain (grouped, stacked, overlaid; vertical or horizontal), histogram bins and waterfall steps. */
final class BarMarks {
    private BarMarks() {
    }

    /** {@code cat} is the axis the bars stand on, {@code val} the one they grow along. */
    static void collect(JsonNode t, Extent cat, Extent val, Cart c, List<JsonNode> all) {
        val.includeZero();
        switch (t.path("type").asText()) {
            case "histogram" -> {
                Stats.Bins bins = bins(t, c);
                cat.number(bins.start());
                cat.number(bins.start() + bins.size() * bins.counts().length);
                cat.tight();
                for (long n : bins.counts()) {
                    val.number(n);
                }
            }
            case "waterfall" -> {
                cat.addAll(t.path("x"));
                double total = 0;
                for (int i = 0; i < t.path("y").size(); i++) {
                    if (!"total".equals(t.path("measure").path(i).asText())) {
                        total += t.path("y").path(i).asDouble();
                    }
                    val.number(total);
                }
                val.number(0);
            }
            default -> {
                boolean h = "h".equals(t.path("orientation").asText());
                cat.addAll(t.path(h ? "y" : "x"));
                JsonNode values = t.path(h ? "x" : "y");
                if (c.barmode().equals("stack") || c.barmode().equals("relative")) {
                    Map<String, double[]> sums = stackTotals(all, h);
                    sums.values().forEach(s -> {
                        val.number(s[0]);
                        val.number(s[1]);
                    });
                } else {
                    val.addAll(values);
                }
            }
        }
    }

    private static Map<String, double[]> stackTotals(List<JsonNode> all, boolean h) {
        Map<String, double[]> sums = new HashMap<>();
        for (JsonNode t : all) {
            if (!"bar".equals(t.path("type").asText())) {
                continue;
            }
            JsonNode cats = t.path(h ? "y" : "x"), vals = t.path(h ? "x" : "y");
            for (int i = 0; i < cats.size(); i++) {
                double[] s = sums.computeIfAbsent(Extent.label(cats.get(i)), k -> new double[2]);
                double v = vals.path(i).asDouble(0);
                s[v >= 0 ? 1 : 0] += v;
            }
        }
        return sums;
    }

    static Stats.Bins bins(JsonNode t, Cart c) {
        return (Stats.Bins) c.cache().computeIfAbsent(t, k -> Stats.histogram(Stats.finite(t.path("x")), t.path("nbinsx").asInt(0)));
    }

    static void paint(JsonNode t, Canvas canvas, Plot plot, Cart c, List<JsonNode> all, int index) {
        Color colour = c.style().traceColour(t, index);
        double opacity = t.path("opacity").asDouble(1);
        Color fill = opacity < 1 ? Colours.alpha(colour, opacity) : colour;
        switch (t.path("type").asText()) {
            case "histogram" -> {
                Stats.Bins b = bins(t, c);
                double gap = c.layout().path("bargap").asDouble(0.02);
                for (int i = 0; i < b.counts().length; i++) {
                    double x0 = plot.x().px(b.start() + b.size() * (i + gap / 2)), x1 = plot.x().px(b.start() + b.size() * (i + 1 - gap / 2));
                    double y0 = plot.y().px(0), y1 = plot.y().px(b.counts()[i]);
                    canvas.fill(rect(x0, y1, x1, y0), fill);
                }
            }
            case "waterfall" -> waterfall(t, canvas, plot, c.style());
            default -> bars(t, canvas, plot, c, all, fill);
        }
    }

    private static void bars(JsonNode t, Canvas canvas, Plot plot, Cart c, List<JsonNode> all, Color fill) {
        boolean h = "h".equals(t.path("orientation").asText());
        Scale cat = h ? plot.y() : plot.x(), val = h ? plot.x() : plot.y();
        List<JsonNode> bars = all.stream().filter(b -> "bar".equals(b.path("type").asText())).toList();
        String mode = c.barmode();
        boolean stacked = mode.equals("stack") || mode.equals("relative");
        boolean grouped = mode.equals("group") && bars.size() > 1;
        double slot = slot(cat, t.path(h ? "y" : "x")) * 0.8;
        double width = grouped ? slot / bars.size() : slot;
        int position = bars.indexOf(t);
        JsonNode cats = t.path(h ? "y" : "x"), vals = t.path(h ? "x" : "y");
        for (int i = 0; i < cats.size(); i++) {
            double centre = cat.px(cats.get(i));
            double v = vals.path(i).asDouble(Double.NaN);
            if (Double.isNaN(centre) || Double.isNaN(v)) {
                continue;
            }
            double base = stacked ? stackBase(bars, position, Extent.label(cats.get(i)), v >= 0, h) : 0;
            double offset = grouped ? -slot / 2 + width * (position + 0.5) : 0;
            double a = val.px(base), b = val.px(base + v), lo = centre + offset - width / 2, hi = centre + offset + width / 2;
            canvas.fill(h ? rect(a, lo, b, hi) : rect(lo, b, hi, a), fill);
        }
    }

    private static double stackBase(List<JsonNode> bars, int upTo, String category, boolean positive, boolean h) {
        double base = 0;
        for (int k = 0; k < upTo; k++) {
            JsonNode cats = bars.get(k).path(h ? "y" : "x"), vals = bars.get(k).path(h ? "x" : "y");
            for (int i = 0; i < cats.size(); i++) {
                double v = vals.path(i).asDouble(0);
                if (Extent.label(cats.get(i)).equals(category) && v >= 0 == positive) {
                    base += v;
                }
            }
        }
        return base;
    }

    /** Pixels available per bar position: a category slot, or the smallest gap between numeric/date positions. */
    static double slot(Scale cat, JsonNode positions) {
        if (cat.kind() == Scale.Kind.CATEGORY) {
            return cat.unit();
        }
        double[] p = new double[positions.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = cat.value(positions.get(i));
        }
        java.util.Arrays.sort(p);
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[i - 1]) {
                gap = Math.min(gap, p[i] - p[i - 1]);
            }
        }
        return Double.isInfinite(gap) ? 40 : Math.max(1, gap * cat.unit());
    }

    private static void waterfall(JsonNode t, Canvas canvas, Plot plot, Style style) {
        Color up = Colours.parse(t.at("/increasing/marker/color").asText(), new Color(0x2ca02c));
        Color down = Colours.parse(t.at("/decreasing/marker/color").asText(), new Color(0xd62728));
        Color total = Colours.parse(t.at("/totals/marker/color").asText(), style.series(0));
        Color connector = Colours.parse(t.at("/connector/line/color").asText(), style.font());
        double width = plot.x().unit() * 0.6, running = 0, previousEnd = Double.NaN;
        JsonNode xs = t.path("x"), ys = t.path("y"), measure = t.path("measure");
        for (int i = 0; i < xs.size(); i++) {
            double v = ys.path(i).asDouble(0);
            boolean isTotal = "total".equals(measure.path(i).asText());
            double from = isTotal ? 0 : running, to = isTotal ? running : running + v;
            running = to;
            double cx = plot.x().px(xs.get(i));
            double y0 = plot.y().px(from), y1 = plot.y().px(to);
            canvas.fill(rect(cx - width / 2, Math.min(y0, y1), cx + width / 2, Math.max(y0, y1)),
                    isTotal ? total : v >= 0 ? up : down);
            if (!Double.isNaN(previousEnd)) {
                double py = plot.y().px(from);
                canvas.stroke(new Line2D.Double(previousEnd, py, cx - width / 2, py), connector, 1, false);
            }
            previousEnd = cx + width / 2;
        }
    }

    static Rectangle2D rect(double x0, double y0, double x1, double y1) {
        return new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }
}
