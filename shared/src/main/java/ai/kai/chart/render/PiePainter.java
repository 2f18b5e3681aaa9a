package ai.kai.chart.render;

import java.awt.Color;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** Pie and donut: slices clockwise from twelve o'clock, percentages inside the slices that have room. */
final class PiePainter {
    private PiePainter() {
    }

    static void paint(JsonNode figure, Canvas c, Style style, Rectangle2D area) {
        JsonNode t = figure.at("/data/0");
        JsonNode values = t.path("values"), colours = t.at("/marker/colors");
        double total = 0;
        for (JsonNode v : values) {
            total += Math.max(0, v.asDouble());
        }
        if (total <= 0) {
            return;
        }
        double r = Math.min(area.getWidth(), area.getHeight()) / 2 - 6;
        double cx = area.getCenterX(), cy = area.getCenterY();
        double hole = t.path("hole").asDouble(0);
        Color edge = Colours.parse(t.at("/marker/line/color").asText(), style.paper());
        boolean clockwise = !"counterclockwise".equals(t.path("direction").asText("counterclockwise"));
        double angle = 90 - t.path("rotation").asDouble(0);
        for (int i = 0; i < values.size(); i++) {
            double share = Math.max(0, values.get(i).asDouble()) / total;
            double extent = share * 360 * (clockwise ? -1 : 1);
            Area slice = new Area(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, angle, extent, Arc2D.PIE));
            if (hole > 0) {
                slice.subtract(new Area(new Ellipse2D.Double(cx - r * hole, cy - r * hole, 2 * r * hole, 2 * r * hole)));
            }
            Color fill = Colours.parse(colours.path(i).asText(), style.series(i));
            c.fill(slice, fill);
            c.stroke(slice, edge, 1, false);
            if (share >= 0.035) {
                double mid = Math.toRadians(angle + extent / 2);
                double at = hole > 0 ? r * (1 + hole) / 2 : r * 0.65;
                c.text(String.format(Locale.ROOT, "%.1f%%", share * 100), cx + Math.cos(mid) * at,
                        cy - Math.sin(mid) * at + style.fontSize() * 0.35, style.fontSize(), false, Colours.contrast(fill),
                        Canvas.Anchor.MIDDLE, 0);
            }
            angle += extent;
        }
    }
}
