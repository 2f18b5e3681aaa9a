package ai.kai.chart.render;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * Writes SVG 1.1 directly: shapes become {@code rect}/{@code circle}/{@code path}, text stays {@code text} (so the
 * title can be searched and selected). Chosen over Batik's SVGGraphics2D (9 jars, 2.0 MB) for one small class.
 */
final class SvgCanvas implements Canvas {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final String fontFamily;
    private int clips;
    private boolean clipped;
    private final int headerEnd;

    SvgCanvas(double width, double height, String fontFamily) {
        this.fontFamily = fontFamily;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" ")
                .append("width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ")
                .append(n(width)).append(' ').append(n(height)).append("\" font-family=\"").append(xml(fontFamily))
                .append("\">\n");
        headerEnd = out.length();
    }

    String finish(String title) {
        if (clipped) {
            out.append("</g>\n");
            clipped = false;
        }
        out.insert(headerEnd, "<title>" + xml(title) + "</title>\n");
        return out.append("</svg>\n").toString();
    }

    @Override
    public void fill(Shape shape, Color colour) {
        element(shape).append(" fill=\"").append(hex(colour)).append('"');
        opacity("fill-opacity", colour);
        out.append("/>\n");
    }

    @Override
    public void stroke(Shape shape, Color colour, double width, boolean dashed) {
        element(shape).append(" fill=\"none\" stroke=\"").append(hex(colour)).append("\" stroke-width=\"").append(n(width))
                .append("\" stroke-linejoin=\"round\"");
        opacity("stroke-opacity", colour);
        if (dashed) {
            out.append(" stroke-dasharray=\"6,4\"");
        }
        out.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Color colour, Anchor anchor, double degrees) {
        if (text == null || text.isEmpty()) {
            return;
        }
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" fill=\"").append(hex(colour)).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            out.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (degrees != 0) {
            out.append(" transform=\"rotate(").append(n(degrees)).append(' ').append(n(x)).append(' ').append(n(y)).append(")\"");
        }
        out.append('>').append(xml(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return Fonts.width(fontFamily, text, size, bold);
    }

    @Override
    public void clip(Shape shape) {
        unclip();
        Rectangle2D r = shape.getBounds2D();
        String id = "c" + clips++;
        out.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(r.getX())).append("\" y=\"")
                .append(n(r.getY())).append("\" width=\"").append(n(r.getWidth())).append("\" height=\"")
                .append(n(r.getHeight())).append("\"/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        clipped = true;
    }

    @Override
    public void unclip() {
        if (clipped) {
            out.append("</g>\n");
            clipped = false;
        }
    }

    private StringBuilder element(Shape shape) {
        if (shape instanceof Rectangle2D r) {
            return out.append("<rect x=\"").append(n(r.getX())).append("\" y=\"").append(n(r.getY())).append("\" width=\"")
                    .append(n(r.getWidth())).append("\" height=\"").append(n(r.getHeight())).append('"');
        }
        if (shape instanceof Ellipse2D e && e.getWidth() == e.getHeight()) {
            return out.append("<circle cx=\"").append(n(e.getCenterX())).append("\" cy=\"").append(n(e.getCenterY()))
                    .append("\" r=\"").append(n(e.getWidth() / 2)).append('"');
        }
        out.append("<path d=\"");
        double[] p = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(p)) {
                case PathIterator.SEG_MOVETO -> out.append('M').append(n(p[0])).append(',').append(n(p[1]));
                case PathIterator.SEG_LINETO -> out.append('L').append(n(p[0])).append(',').append(n(p[1]));
                case PathIterator.SEG_QUADTO -> out.append('Q').append(n(p[0])).append(',').append(n(p[1])).append(' ')
                        .append(n(p[2])).append(',').append(n(p[3]));
                case PathIterator.SEG_CUBICTO -> out.append('C').append(n(p[0])).append(',').append(n(p[1])).append(' ')
                        .append(n(p[2])).append(',').append(n(p[3])).append(' ').append(n(p[4])).append(',').append(n(p[5]));
                default -> out.append('Z');
            }
        }
        return out.append('"');
    }

    private void opacity(String attribute, Color c) {
        if (c.getAlpha() < 255) {
            out.append(' ').append(attribute).append("=\"").append(n(c.getAlpha() / 255.0)).append('"');
        }
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
