package ai.kai.chart.render;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** Funnel: one centred bar per stage, top to bottom, with the value and the share of the first stage. */
final class FunnelPainter {
    private FunnelPainter() {
    }

    static void paint(JsonNode t, Canvas c, Style style, Rectangle2D area) {
        JsonNode stages = t.path("y"), values = t.path("x");
        int n = stages.size();
        double max = 0, first = values.path(0).asDouble(0);
        for (JsonNode v : values) {
            max = Math.max(max, v.asDouble());
        }
        if (n == 0 || max <= 0) {
            return;
        }
        double labelWidth = 0;
        for (JsonNode s : stages) {
            labelWidth = Math.max(labelWidth, c.textWidth(s.asText(), style.fontSize(), false));
        }
        double left = area.getMinX() + Math.min(labelWidth, 160) + 12;
        double width = area.getMaxX() - left, slot = area.getHeight() / n;
        Color colour = style.traceColour(t, 0);
        for (int i = 0; i < n; i++) {
            double v = values.path(i).asDouble(0);
            double w = Math.max(2, v / max * width), y = area.getMinY() + i * slot;
            double x = left + (width - w) / 2;
            c.fill(new Rectangle2D.Double(x, y + slot * 0.1, w, slot * 0.8), colour);
            c.text(stages.get(i).asText(), left - 8, y + slot / 2 + style.fontSize() * 0.35, style.fontSize(), false,
                    style.font(), Canvas.Anchor.END, 0);
            String label = Numbers.format(v) + (first > 0 ? String.format(Locale.ROOT, " (%.0f%%)", v / first * 100) : "");
            c.text(label, left + width / 2, y + slot / 2 + style.fontSize() * 0.35, style.fontSize(), false,
                    Colours.contrast(colour), Canvas.Anchor.MIDDLE, 0);
        }
    }
}
