package ai.kai.chart.render;

import java.awt.Color;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Treemap (squarified, Bruls et al. 2000) and sunburst (one ring per level) from ids/labels/parents/values. */
final class HierarchyPainter {
    private record Node(String id, String label, double value, Color colour, List<Node> children) {
    }

    private HierarchyPainter() {
    }

    private static List<Node> roots(JsonNode t, Style style) {
        Map<String, Node> byId = new LinkedHashMap<>();
        JsonNode ids = t.path("ids").isArray() ? t.path("ids") : t.path("labels");
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i).asText(), new Node(ids.get(i).asText(), t.path("labels").path(i).asText(),
                    Math.max(0, t.path("values").path(i).asDouble(0)),
                    Colours.parse(t.at("/marker/colors").path(i).asText(), style.series(i)), new ArrayList<>()));
        }
        List<Node> roots = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Node parent = byId.get(t.path("parents").path(i).asText(""));
            (parent == null ? roots : parent.children()).add(byId.get(ids.get(i).asText()));
        }
        return roots;
    }

    static void treemap(JsonNode t, Canvas c, Style style, Rectangle2D area) {
        layout(roots(t, style), area, c, style, 0);
    }

    private static void layout(List<Node> nodes, Rectangle2D r, Canvas c, Style style, int depth) {
        List<Node> sorted = new ArrayList<>(nodes.stream().filter(n -> n.value() > 0).toList());
        sorted.sort((a, b) -> Double.compare(b.value(), a.value()));
        double total = sorted.stream().mapToDouble(Node::value).sum();
        if (total <= 0 || r.getWidth() < 2 || r.getHeight() < 2) {
            return;
        }
        double scale = r.getWidth() * r.getHeight() / total;
        Rectangle2D free = (Rectangle2D) r.clone();
        List<Node> row = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            Node next = sorted.get(i);
            double side = Math.min(free.getWidth(), free.getHeight());
            List<Node> with = new ArrayList<>(row);
            with.add(next);
            if (row.isEmpty() || worst(with, side, scale) <= worst(row, side, scale)) {
                row.add(next);
                i++;
            } else {
                free = place(row, free, scale, c, style, depth);
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            place(row, free, scale, c, style, depth);
        }
    }

    private static double worst(List<Node> row, double side, double scale) {
        double sum = row.stream().mapToDouble(n -> n.value() * scale).sum();
        double max = row.stream().mapToDouble(n -> n.value() * scale).max().orElse(0);
        double min = row.stream().mapToDouble(n -> n.value() * scale).min().orElse(0);
        return Math.max(side * side * max / (sum * sum), sum * sum / (side * side * min));
    }

    private static Rectangle2D place(List<Node> row, Rectangle2D free, double scale, Canvas c, Style style, int depth) {
        double sum = row.stream().mapToDouble(n -> n.value() * scale).sum();
        boolean horizontalStrip = free.getWidth() >= free.getHeight();
        double thickness = sum / (horizontalStrip ? free.getHeight() : free.getWidth());
        double offset = 0;
        for (Node n : row) {
            double length = n.value() * scale / thickness;
            Rectangle2D cell = horizontalStrip
                    ? new Rectangle2D.Double(free.getX(), free.getY() + offset, thickness, length)
                    : new Rectangle2D.Double(free.getX() + offset, free.getY(), length, thickness);
            offset += length;
            draw(n, cell, c, style, depth);
        }
        return horizontalStrip
                ? new Rectangle2D.Double(free.getX() + thickness, free.getY(), free.getWidth() - thickness, free.getHeight())
                : new Rectangle2D.Double(free.getX(), free.getY() + thickness, free.getWidth(), free.getHeight() - thickness);
    }

    private static void draw(Node n, Rectangle2D cell, Canvas c, Style style, int depth) {
        Color fill = depth == 0 ? n.colour() : blend(n.colour(), style.paper(), Math.min(0.5, depth * 0.25));
        c.fill(cell, fill);
        c.stroke(cell, style.paper(), depth == 0 ? 2 : 1, false);
        double fs = style.fontSize() * (depth == 0 ? 1 : 0.9);
        boolean room = cell.getWidth() > c.textWidth(n.label(), fs, false) + 8 && cell.getHeight() > fs * 1.6;
        if (room) {
            c.text(n.label(), cell.getX() + 4, cell.getY() + fs * 1.2, fs, depth == 0, Colours.contrast(fill), Canvas.Anchor.START, 0);
        }
        if (!n.children().isEmpty()) {
            double header = room ? fs * 1.6 : 2;
            layout(n.children(), new Rectangle2D.Double(cell.getX() + 2, cell.getY() + header, cell.getWidth() - 4,
                    cell.getHeight() - header - 2), c, style, depth + 1);
        } else if (room && cell.getHeight() > fs * 3) {
            c.text(Numbers.format(n.value()), cell.getX() + 4, cell.getY() + fs * 2.5, fs * 0.9, false,
                    Colours.contrast(fill), Canvas.Anchor.START, 0);
        }
    }

    static void sunburst(JsonNode t, Canvas c, Style style, Rectangle2D area) {
        List<Node> roots = roots(t, style);
        int depth = depth(roots);
        double r = Math.min(area.getWidth(), area.getHeight()) / 2 - 4;
        double ring = r / (depth + 0.3);
        ring(roots, area.getCenterX(), area.getCenterY(), ring * 0.3, ring, 90, -360, c, style, 0);
    }

    private static void ring(List<Node> nodes, double cx, double cy, double inner, double ring, double start, double extent,
            Canvas c, Style style, int depth) {
        double total = nodes.stream().mapToDouble(Node::value).sum();
        if (total <= 0) {
            return;
        }
        double angle = start;
        double outer = inner + ring;
        for (Node n : nodes) {
            double sweep = extent * n.value() / total;
            Area wedge = new Area(new Arc2D.Double(cx - outer, cy - outer, 2 * outer, 2 * outer, angle, sweep, Arc2D.PIE));
            wedge.subtract(new Area(new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner)));
            Color fill = depth == 0 ? n.colour() : blend(n.colour(), style.paper(), Math.min(0.5, depth * 0.25));
            c.fill(wedge, fill);
            c.stroke(wedge, style.paper(), 1, false);
            double mid = Math.toRadians(angle + sweep / 2), at = inner + ring / 2;
            double arcLength = Math.abs(Math.toRadians(sweep)) * at;
            if (arcLength > c.textWidth(n.label(), style.fontSize() * 0.9, false) + 4) {
                c.text(n.label(), cx + Math.cos(mid) * at, cy - Math.sin(mid) * at + style.fontSize() * 0.3,
                        style.fontSize() * 0.9, false, Colours.contrast(fill), Canvas.Anchor.MIDDLE, 0);
            }
            ring(n.children(), cx, cy, outer, ring, angle, sweep, c, style, depth + 1);
            angle += sweep;
        }
    }

    private static int depth(List<Node> nodes) {
        return nodes.stream().mapToInt(n -> 1 + depth(n.children())).max().orElse(0);
    }

    private static Color blend(Color a, Color b, double f) {
        return new Color((int) (a.getRed() * (1 - f) + b.getRed() * f), (int) (a.getGreen() * (1 - f) + b.getGreen() * f),
                (int) (a.getBlue() * (1 - f) + b.getBlue() * f));
    }
}
