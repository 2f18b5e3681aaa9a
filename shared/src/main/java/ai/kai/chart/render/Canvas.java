package ai.kai.chart.render;

import java.awt.Color;
import java.awt.Shape;

/**
 * The drawing surface of the static renderer: fills, strokes and text. Two implementations: {@link AwtCanvas} over
 * a {@code Graphics2D} (PNG through a BufferedImage, PDF through pdfbox-graphics2d) and {@link SvgCanvas}, which
 * writes SVG elements directly (text stays {@code <text>}, one element per mark).
 */
sealed interface Canvas permits AwtCanvas, SvgCanvas {
    enum Anchor { START, MIDDLE, END }

    void fill(Shape shape, Color colour);

    void stroke(Shape shape, Color colour, double width, boolean dashed);

    /** Text whose baseline starts (or centres, or ends) at x,y, rotated by {@code degrees} around that point. */
    void text(String text, double x, double y, double size, boolean bold, Color colour, Anchor anchor, double degrees);

    double textWidth(String text, double size, boolean bold);

    void clip(Shape shape);

    void unclip();
}
