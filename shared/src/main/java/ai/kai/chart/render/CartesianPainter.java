package ai.kai.chart.render;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Cartesian subplots: one per axis pair the traces use (facets put them side by side through the axes' domains).
 * Collects every trace's extent, builds the scales, draws background, grid, traces (clipped), ticks and titles.
 */
final class CartesianPainter {
    /** What the marks share while one figure is painted. */
    record Cart(JsonNode layout, Style style, Notes notes, Map<JsonNode, Object> cache) {
        String barmode() {
            return layout.path("barmode").asText("group");
        }
    }

    private CartesianPainter() {
    }

    static void paint(JsonNode figure, Canvas c, Style style, Rectangle2D area, Notes notes) {
        JsonNode layout = figure.path("layout");
        Cart cart = new Cart(layout, style, notes, new IdentityHashMap<>());
        Map<String, List<JsonNode>> subplots = new LinkedHashMap<>();
        for (JsonNode t : figure.path("data")) {
            String suffix = t.path("xaxis").asText("x").substring(1);
            subplots.computeIfAbsent(suffix, k -> new ArrayList<>()).add(t);
        }
        for (Map.Entry<String, List<JsonNode>> sub : subplots.entrySet()) {
            JsonNode xLayout = layout.path("xaxis" + sub.getKey()), yLayout = layout.path("yaxis" + sub.getKey());
            Rectangle2D r = domain(area, xLayout.path("domain"), yLayout.path("domain"), !sub.getKey().isEmpty() || subplots.size() > 1);
            Extent xe = new Extent(xLayout), ye = new Extent(yLayout);
            List<JsonNode> traces = sub.getValue();
            for (JsonNode t : traces) {
                collect(t, xe, ye, cart, traces);
            }
            Plot plot = new Plot(r, xe.scale().at(r.getMinX(), r.getMaxX()), ye.scale().at(r.getMaxY(), r.getMinY()));
            frame(c, style, plot, xLayout, yLayout);
            c.clip(r);
            int i = 0;
            for (JsonNode t : traces) {
                paintTrace(t, c, plot, cart, traces, indexOf(figure, t, i++));
            }
            c.unclip();
            colourbar(c, style, traces, r);
        }
    }

    private static int indexOf(JsonNode figure, JsonNode trace, int fallback) {
        int i = 0;
        for (JsonNode t : figure.path("data")) {
            if (t == trace) {
                return i;
            }
            i++;
        }
        return fallback;
    }

    private static Rectangle2D domain(Rectangle2D area, JsonNode xd, JsonNode yd, boolean faceted) {
        double x0 = xd.path(0).asDouble(0), x1 = xd.path(1).asDouble(1), y0 = yd.path(0).asDouble(0), y1 = yd.path(1).asDouble(1);
        double inset = faceted ? 24 : 0;
        return new Rectangle2D.Double(area.getX() + x0 * area.getWidth() + (x0 > 0 ? inset : 0),
                area.getMaxY() - y1 * area.getHeight(),
                Math.max(10, (x1 - x0) * area.getWidth() - (x0 > 0 ? inset : 0)),
                Math.max(10, (y1 - y0) * area.getHeight() - (y0 > 0 ? inset : 0)));
    }

    private static void collect(JsonNode t, Extent xe, Extent ye, Cart cart, List<JsonNode> all) {
        boolean h = "h".equals(t.path("orientation").asText());
        switch (t.path("type").asText("scatter")) {
            case "bar", "histogram", "waterfall" -> BarMarks.collect(t, h ? ye : xe, h ? xe : ye, cart, all);
            case "box", "violin" -> StatMarks.collectBox(t, h ? ye : xe, h ? xe : ye);
            case "heatmap" -> StatMarks.collectHeatmap(t, xe, ye);
            case "candlestick" -> {
                xe.addAll(t.path("x"));
                ye.addAll(t.path("low"));
                ye.addAll(t.path("high"));
            }
            default -> {
                xe.addAll(t.path("x"));
                ye.addAll(t.path("y"));
                if ("tozeroy".equals(t.path("fill").asText())) {
                    ye.includeZero();
                }
            }
        }
    }

    private static void paintTrace(JsonNode t, Canvas c, Plot plot, Cart cart, List<JsonNode> all, int index) {
        switch (t.path("type").asText("scatter")) {
            case "bar", "histogram", "waterfall" -> BarMarks.paint(t, c, plot, cart, all, index);
            case "box", "violin" -> StatMarks.paintBox(t, c, plot, cart.style(), index);
            case "heatmap" -> StatMarks.paintHeatmap(t, c, plot, cart.style());
            case "candlestick" -> PointMarks.candlestick(t, c, plot, cart);
            default -> PointMarks.scatter(t, c, plot, cart, all, index);
        }
    }

    private static void frame(Canvas c, Style style, Plot plot, JsonNode xLayout, JsonNode yLayout) {
        Rectangle2D r = plot.area();
        c.fill(r, style.plot());
        double fs = style.fontSize();
        List<Scale.Tick> xt = plot.x().ticks(r.getWidth()), yt = plot.y().ticks(r.getHeight());
        if (plot.x().kind() != Scale.Kind.CATEGORY) {
            for (Scale.Tick t : xt) {
                double x = plot.x().px(t.value());
                c.stroke(new Line2D.Double(x, r.getMinY(), x, r.getMaxY()), style.grid(), 1, false);
            }
        }
        if (plot.y().kind() != Scale.Kind.CATEGORY) {
            for (Scale.Tick t : yt) {
                double y = plot.y().px(t.value());
                c.stroke(new Line2D.Double(r.getMinX(), y, r.getMaxX(), y), style.grid(), 1, false);
            }
        }
        double slot = xt.size() > 1 ? Math.abs(plot.x().px(xt.get(1).value()) - plot.x().px(xt.get(0).value())) : r.getWidth();
        double widest = xt.stream().mapToDouble(t -> c.textWidth(t.label(), fs, false)).max().orElse(0);
        boolean rotate = widest > slot * 0.95;
        for (Scale.Tick t : xt) {
            double x = plot.x().px(t.value());
            if (rotate) {
                c.text(t.label(), x, r.getMaxY() + fs * 1.2, fs, false, style.font(), Canvas.Anchor.END, -35);
            } else {
                c.text(t.label(), x, r.getMaxY() + fs * 1.5, fs, false, style.font(), Canvas.Anchor.MIDDLE, 0);
            }
        }
        double yLabelWidth = 0;
        for (Scale.Tick t : yt) {
            c.text(t.label(), r.getMinX() - 6, plot.y().px(t.value()) + fs * 0.35, fs, false, style.font(), Canvas.Anchor.END, 0);
            yLabelWidth = Math.max(yLabelWidth, c.textWidth(t.label(), fs, false));
        }
        String xTitle = xLayout.at("/title/text").asText(""), yTitle = yLayout.at("/title/text").asText("");
        double below = rotate ? Math.min(widest * 0.6, 60) + fs * 1.5 : fs * 3.1;
        c.text(xTitle, r.getCenterX(), r.getMaxY() + below, fs * 1.1, false, style.font(), Canvas.Anchor.MIDDLE, 0);
        c.text(yTitle, Math.max(fs, r.getMinX() - yLabelWidth - fs * 1.2), r.getCenterY(), fs * 1.1, false, style.font(),
                Canvas.Anchor.MIDDLE, -90);
    }

    private static void colourbar(Canvas c, Style style, List<JsonNode> traces, Rectangle2D r) {
        for (JsonNode t : traces) {
            if (t.path("type").asText().equals("heatmap")) {
                double[] range = StatMarks.zRange(t);
                ScaleBar.paint(c, style, Colours.Scale.of(t.path("colorscale")), range[0], range[1],
                        r.getMaxX() + 12, r.getMinY(), r.getHeight());
                return;
            }
        }
    }
}
