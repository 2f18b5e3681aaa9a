package ai.kai.chart.render;

import java.awt.geom.Rectangle2D;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Draws a Plotly figure onto a {@link Canvas}: paper, title, the plot (cartesian subplots, or a pie, hierarchy,
 * 3D, parallel-coordinates or funnel panel), legend, annotations, and notes about downsampling.
 */
final class FigureRenderer {
    private FigureRenderer() {
    }

    static void render(JsonNode figure, Canvas c, double width, double height) {
        JsonNode layout = figure.path("layout");
        Style style = Style.of(layout);
        Notes notes = new Notes();
        c.fill(new Rectangle2D.Double(0, 0, width, height), style.paper());
        String title = layout.at("/title/text").asText("");
        double titleSize = layout.at("/title/font/size").asDouble(style.fontSize() * 1.5);
        JsonNode margin = layout.path("margin");
        double top = Math.max(margin.path("t").asDouble(title.isEmpty() ? 40 : 80), title.isEmpty() ? 20 : titleSize * 2.6);
        double left = margin.path("l").asDouble(70), right = margin.path("r").asDouble(40), bottom = margin.path("b").asDouble(70);
        if (!title.isEmpty()) {
            c.text(title, width / 2, titleSize * 1.7, titleSize, false, style.font(), Canvas.Anchor.MIDDLE, 0);
        }
        Legend legend = Legend.of(figure, style);
        double legendWidth = (legend.isEmpty() ? 0 : legend.width(c, style)) + (hasScaleBar(figure) ? ScaleBar.WIDTH : 0);
        Rectangle2D area = new Rectangle2D.Double(left, top, Math.max(40, width - left - right - legendWidth),
                Math.max(40, height - top - bottom));
        String kind = figure.at("/data/0/type").asText("scatter");
        switch (kind) {
            case "pie" -> PiePainter.paint(figure, c, style, area);
            case "treemap" -> HierarchyPainter.treemap(figure.at("/data/0"), c, style, area);
            case "sunburst" -> HierarchyPainter.sunburst(figure.at("/data/0"), c, style, area);
            case "scatter3d" -> Scatter3dPainter.paint(figure, c, style, area, notes);
            case "parcoords" -> ParcoordsPainter.paint(figure.at("/data/0"), c, style, area, notes);
            case "funnel" -> FunnelPainter.paint(figure.at("/data/0"), c, style, area);
            default -> CartesianPainter.paint(figure, c, style, area, notes);
        }
        if (!legend.isEmpty()) {
            legend.paint(c, style, width - right - legendWidth + 8, top, height - 8);
        }
        annotations(layout, c, style, area, kind);
        double y = height - 8;
        for (String note : notes.all()) {
            c.text(note, width - 8, y, Math.max(8, style.fontSize() * 0.85), false, style.subtle(), Canvas.Anchor.END, 0);
            y -= style.fontSize() * 1.2;
        }
    }

    private static boolean hasScaleBar(JsonNode figure) {
        for (JsonNode t : figure.path("data")) {
            if (t.path("type").asText().equals("heatmap") || t.at("/line/showscale").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private static void annotations(JsonNode layout, Canvas c, Style style, Rectangle2D area, String kind) {
        for (JsonNode a : layout.path("annotations")) {
            if (!"paper".equals(a.path("xref").asText()) || !"paper".equals(a.path("yref").asText())) {
                continue;
            }
            double x = area.getX() + a.path("x").asDouble(0.5) * area.getWidth();
            double y = area.getMaxY() - a.path("y").asDouble(1) * area.getHeight() - a.path("yshift").asDouble(0);
            double size = a.at("/font/size").asDouble(style.fontSize());
            Canvas.Anchor anchor = switch (a.path("xanchor").asText("center")) {
                case "left" -> Canvas.Anchor.START;
                case "right" -> Canvas.Anchor.END;
                default -> Canvas.Anchor.MIDDLE;
            };
            double baseline = switch (a.path("yanchor").asText("middle")) {
                case "bottom" -> y - 4;
                case "top" -> y + size;
                default -> y + size * 0.35;
            };
            c.text(a.path("text").asText(), x, baseline, size, false, style.font(), anchor, 0);
        }
    }
}
