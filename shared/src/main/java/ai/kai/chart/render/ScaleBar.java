package ai.kai.chart.render;

import java.awt.geom.Rectangle2D;

/** A vertical colour bar with min/max (and middle) labels, for heatmaps and parallel coordinates. */
final class ScaleBar {
    static final double WIDTH = 70;

    private ScaleBar() {
    }

    static void paint(Canvas c, Style style, Colours.Scale scale, double min, double max, double x, double top, double height) {
        int steps = 48;
        double h = Math.max(40, height * 0.8);
        for (int i = 0; i < steps; i++) {
            double t = 1 - (i + 0.5) / steps;
            c.fill(new Rectangle2D.Double(x, top + h * i / steps, 14, h / steps + 0.6), scale.at(t));
        }
        double fs = style.fontSize() * 0.9;
        c.text(Numbers.format(max), x + 18, top + fs * 0.8, fs, false, style.font(), Canvas.Anchor.START, 0);
        c.text(Numbers.format((min + max) / 2), x + 18, top + h / 2 + fs * 0.35, fs, false, style.font(), Canvas.Anchor.START, 0);
        c.text(Numbers.format(min), x + 18, top + h, fs, false, style.font(), Canvas.Anchor.START, 0);
    }
}
