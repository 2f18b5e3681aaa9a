package ai.kai.chart.render;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 3D scatter in a fixed isometric-like view (azimuth 30°, elevation 25°): the unit cube's back walls with a grid,
 * axis titles and end values, then the points from back to front.
 */
final class Scatter3dPainter {
    private static final double AZ = Math.toRadians(30), EL = Math.toRadians(25);

    private record Dot(double x, double y, double depth, Color colour) {
    }

    private Scatter3dPainter() {
    }

    static void paint(JsonNode figure, Canvas c, Style style, Rectangle2D area, Notes notes) {
        double[][] range = {{Double.MAX_VALUE, -Double.MAX_VALUE}, {Double.MAX_VALUE, -Double.MAX_VALUE}, {Double.MAX_VALUE, -Double.MAX_VALUE}};
        String[] keys = {"x", "y", "z"};
        for (JsonNode t : figure.path("data")) {
            for (int k = 0; k < 3; k++) {
                for (double v : Stats.finite(t.path(keys[k]))) {
                    range[k][0] = Math.min(range[k][0], v);
                    range[k][1] = Math.max(range[k][1], v);
                }
            }
        }
        double size = Math.min(area.getWidth(), area.getHeight()) * 0.42;
        double cx = area.getCenterX(), cy = area.getCenterY();
        JsonNode scene = figure.at("/layout/scene");
        walls(c, style, cx, cy, size, scene);
        for (int k = 0; k < 3; k++) {
            if (range[k][0] > range[k][1]) {
                return;
            }
            double[] end = project(k == 0 ? 1.15 : -1, k == 1 ? 1.15 : -1, k == 2 ? 1.15 : -1, cx, cy, size);
            c.text(scene.at("/" + keys[k] + "axis/title/text").asText(keys[k]), end[0], end[1], style.fontSize(), true,
                    style.font(), Canvas.Anchor.MIDDLE, 0);
            double[] lo = project(k == 0 ? -1 : -1.1, k == 1 ? -1 : -1.1, k == 2 ? -1 : -1.1, cx, cy, size);
            double[] hi = project(k == 0 ? 1 : -1.1, k == 1 ? 1 : -1.1, k == 2 ? 1 : -1.1, cx, cy, size);
            c.text(Numbers.format(range[k][0]), lo[0], lo[1] + 12, style.fontSize() * 0.8, false, style.subtle(), Canvas.Anchor.MIDDLE, 0);
            c.text(Numbers.format(range[k][1]), hi[0], hi[1] + 12, style.fontSize() * 0.8, false, style.subtle(), Canvas.Anchor.MIDDLE, 0);
        }
        List<Dot> dots = new ArrayList<>();
        int index = 0;
        for (JsonNode t : figure.path("data")) {
            Color colour = Colours.alpha(style.traceColour(t, index++), t.at("/marker/opacity").asDouble(0.8));
            int n = t.path("x").size();
            int[] rows = Downsample.sample(n, Downsample.MARKER_POINTS);
            if (rows.length < n) {
                notes.downsampled(t.path("name").asText(), n, rows.length, "uniform sample");
            }
            for (int r : rows) {
                double x = norm(t.path("x").path(r), range[0]), y = norm(t.path("y").path(r), range[1]), z = norm(t.path("z").path(r), range[2]);
                if (!Double.isNaN(x + y + z)) {
                    double[] p = project(x, y, z, cx, cy, size);
                    dots.add(new Dot(p[0], p[1], p[2], colour));
                }
            }
        }
        dots.sort(Comparator.comparingDouble(Dot::depth));
        for (Dot d : dots) {
            c.fill(new Ellipse2D.Double(d.x() - 3, d.y() - 3, 6, 6), d.colour());
        }
    }

    private static void walls(Canvas c, Style style, double cx, double cy, double size, JsonNode scene) {
        Color wall = Colours.parse(scene.at("/xaxis/backgroundcolor").asText(), style.plot());
        Color grid = Colours.parse(scene.at("/xaxis/gridcolor").asText(), style.grid());
        double[][][] faces = {
            {{-1, -1, -1}, {1, -1, -1}, {1, 1, -1}, {-1, 1, -1}},
            {{-1, -1, -1}, {-1, 1, -1}, {-1, 1, 1}, {-1, -1, 1}},
            {{-1, -1, -1}, {1, -1, -1}, {1, -1, 1}, {-1, -1, 1}}};
        for (double[][] face : faces) {
            Path2D.Double p = new Path2D.Double();
            for (int i = 0; i < face.length; i++) {
                double[] q = project(face[i][0], face[i][1], face[i][2], cx, cy, size);
                if (i == 0) {
                    p.moveTo(q[0], q[1]);
                } else {
                    p.lineTo(q[0], q[1]);
                }
            }
            p.closePath();
            c.fill(p, wall);
            for (double g = -0.5; g <= 0.5; g += 0.5) {
                double[] a = lerp(face[0], face[3], (g + 1) / 2), b = lerp(face[1], face[2], (g + 1) / 2);
                double[] a2 = lerp(face[0], face[1], (g + 1) / 2), b2 = lerp(face[3], face[2], (g + 1) / 2);
                line(c, grid, a, b, cx, cy, size);
                line(c, grid, a2, b2, cx, cy, size);
            }
        }
    }

    private static double[] lerp(double[] a, double[] b, double f) {
        return new double[] {a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f};
    }

    private static void line(Canvas c, Color colour, double[] a, double[] b, double cx, double cy, double size) {
        double[] p = project(a[0], a[1], a[2], cx, cy, size), q = project(b[0], b[1], b[2], cx, cy, size);
        c.stroke(new Line2D.Double(p[0], p[1], q[0], q[1]), colour, 1, false);
    }

    private static double norm(JsonNode v, double[] range) {
        if (!v.isNumber()) {
            return Double.NaN;
        }
        return range[1] > range[0] ? (v.asDouble() - range[0]) / (range[1] - range[0]) * 2 - 1 : 0;
    }

    /** Screen x, y and depth (larger is nearer) of a point in the [-1,1]³ cube; z points up. */
    static double[] project(double x, double y, double z, double cx, double cy, double size) {
        double rx = x * Math.cos(AZ) - y * Math.sin(AZ);
        double ry = x * Math.sin(AZ) + y * Math.cos(AZ);
        double sy = z * Math.cos(EL) - ry * Math.sin(EL);
        double depth = ry * Math.cos(EL) + z * Math.sin(EL);
        return new double[] {cx + rx * size * 0.8, cy - sy * size * 0.8, -depth};
    }
}
