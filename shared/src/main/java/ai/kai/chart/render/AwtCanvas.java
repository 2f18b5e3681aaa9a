package ai.kai.chart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;

/** A {@link Canvas} over any Graphics2D: a BufferedImage's (PNG) or pdfbox-graphics2d's (PDF). */
final class AwtCanvas implements Canvas {
    private static final float[] DASH = {6f, 4f};
    private final Graphics2D g;
    private final String fontFamily;

    AwtCanvas(Graphics2D g, String fontFamily) {
        this.g = g;
        this.fontFamily = fontFamily;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void fill(Shape shape, Color colour) {
        g.setColor(colour);
        g.fill(shape);
    }

    @Override
    public void stroke(Shape shape, Color colour, double width, boolean dashed) {
        g.setColor(colour);
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f)
                : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Color colour, Anchor anchor, double degrees) {
        if (text == null || text.isEmpty()) {
            return;
        }
        AffineTransform saved = g.getTransform();
        g.setFont(Fonts.font(fontFamily, size, bold));
        g.setColor(colour);
        g.translate(x, y);
        if (degrees != 0) {
            g.rotate(Math.toRadians(degrees));
        }
        double w = textWidth(text, size, bold);
        double dx = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
        g.drawString(text, (float) dx, 0f);
        g.setTransform(saved);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return Fonts.width(fontFamily, text, size, bold);
    }

    @Override
    public void clip(Shape shape) {
        g.setClip(shape);
    }

    @Override
    public void unclip() {
        g.setClip(null);
    }
}
