package ai.kai.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;

import ai.kai.chart.render.StaticExporter;

/**
 * Draws the report's charts into the PDF as vectors: each {@code <object type="application/x-kai-chart">} is painted
 * by the project's own chart renderer onto the page's Graphics2D (PDFBox's, through openhtmltopdf), so lines and text
 * stay sharp at any zoom and no image is embedded. A chart that cannot be drawn shows why in its box.
 */
final class ChartDrawer implements FSObjectDrawerFactory, FSObjectDrawer {
    static final String TYPE = "application/x-kai-chart";
    /** The width charts are laid out at before being scaled into their box, in CSS pixels. */
    static final double LAYOUT_WIDTH = 760;
    private static final Logger LOG = Logger.getLogger(ChartDrawer.class.getName());

    private final List<ReportBlock.Chart> charts;

    ChartDrawer(List<ReportBlock.Chart> charts) {
        this.charts = charts;
    }

    /** The height a chart is laid out at for {@link #LAYOUT_WIDTH}: the figure's own aspect ratio, within bounds. */
    static double layoutHeight(JsonNode figure) {
        double w = figure == null ? 800 : figure.at("/layout/width").asDouble(800);
        double h = figure == null ? 500 : figure.at("/layout/height").asDouble(500);
        return Math.max(240, Math.min(720, LAYOUT_WIDTH * h / Math.max(1, w)));
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        return TYPE.equals(e.getAttribute("type")) ? this : null;
    }

    @Override
    public boolean isReplacedObject(Element e) {
        return TYPE.equals(e.getAttribute("type"));
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height, OutputDevice device,
                                         RenderingContext ctx, int dotsPerPixel) {
        ReportBlock.Chart chart = chart(e.getAttribute("data-chart"));
        double boxWidth = width / dotsPerPixel, boxHeight = height / dotsPerPixel;
        device.drawWithGraphics((float) x, (float) y, (float) boxWidth, (float) boxHeight, g -> {
            JsonNode figure = chart == null ? null : chart.figure();
            double layoutHeight = layoutHeight(figure);
            Graphics2D scaled = (Graphics2D) g.create();
            try {
                scaled.scale(boxWidth / LAYOUT_WIDTH, boxHeight / layoutHeight);
                if (figure == null || !figure.isObject()) {
                    unavailable(scaled, layoutHeight, "this chart has no figure");
                } else {
                    StaticExporter.draw(figure, scaled, LAYOUT_WIDTH, layoutHeight);
                }
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "a report chart could not be drawn", failure);
                Graphics2D fresh = (Graphics2D) g.create();
                fresh.scale(boxWidth / LAYOUT_WIDTH, boxHeight / layoutHeight);
                unavailable(fresh, layoutHeight, "this chart could not be drawn");
                fresh.dispose();
            } finally {
                scaled.dispose();
            }
        });
        return null;
    }

    private ReportBlock.Chart chart(String index) {
        try {
            int i = Integer.parseInt(index);
            return i >= 0 && i < charts.size() ? charts.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void unavailable(Graphics2D g, double height, String why) {
        g.setColor(new Color(0xF5F7FA));
        g.fillRect(0, 0, (int) LAYOUT_WIDTH, (int) height);
        g.setColor(new Color(0x627D98));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        g.drawString(why, 24, (float) (height / 2));
    }
}
