package ai.kai.chart.render;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The legend at the right: one swatch and name per shown series (per slice for pies). */
final class Legend {
    record Entry(String name, Color colour, boolean line) {
    }

    private final List<Entry> entries = new ArrayList<>();

    static Legend of(JsonNode figure, Style style) {
        Legend legend = new Legend();
        if (!figure.at("/layout/showlegend").asBoolean(true)) {
            return legend;
        }
        int i = 0;
        for (JsonNode t : figure.path("data")) {
            String type = t.path("type").asText("scatter");
            if (type.equals("pie")) {
                JsonNode colours = t.at("/marker/colors");
                int j = 0;
                for (JsonNode label : t.path("labels")) {
                    legend.entries.add(new Entry(label.asText(), Colours.parse(colours.path(j).asText(), style.series(j)), false));
                    j++;
                }
            } else if (t.path("showlegend").asBoolean(true) && !t.path("name").asText().isEmpty()
                    && !List.of("heatmap", "treemap", "sunburst", "parcoords", "funnel", "waterfall", "candlestick").contains(type)) {
                boolean line = type.equals("scatter") && t.path("mode").asText("lines").contains("lines");
                Color c = t.has("fillcolor") && !t.path("mode").asText().contains("markers") && t.at("/line/width").asDouble(2) == 0
                        ? Colours.parse(t.path("fillcolor").asText(), style.series(i)) : style.traceColour(t, i);
                legend.entries.add(new Entry(t.path("name").asText(), c, line));
            }
            i++;
        }
        return legend;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    double width(Canvas c, Style style) {
        double w = 0;
        for (Entry e : entries) {
            w = Math.max(w, c.textWidth(e.name(), style.fontSize(), false));
        }
        return Math.min(w, 220) + 44;
    }

    void paint(Canvas c, Style style, double x, double top, double maxY) {
        double y = top;
        double row = style.fontSize() * 1.7;
        for (Entry e : entries) {
            if (y + row > maxY) {
                c.text("…", x + 6, y + row * 0.7, style.fontSize(), false, style.font(), Canvas.Anchor.START, 0);
                return;
            }
            double cy = y + row / 2;
            if (e.line()) {
                c.stroke(new java.awt.geom.Line2D.Double(x + 4, cy, x + 26, cy), e.colour(), 2.5, false);
                c.fill(new Ellipse2D.Double(x + 12, cy - 3, 6, 6), e.colour());
            } else {
                c.fill(new Rectangle2D.Double(x + 7, cy - 6, 14, 12), e.colour());
            }
            String name = e.name().length() > 32 ? e.name().substring(0, 31) + "…" : e.name();
            c.text(name, x + 34, cy + style.fontSize() * 0.35, style.fontSize(), false, style.font(), Canvas.Anchor.START, 0);
            y += row;
        }
    }
}
