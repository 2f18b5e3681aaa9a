package ai.kai.chart.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import com.fasterxml.jackson.databind.JsonNode;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Renders a Plotly figure to PNG, SVG or PDF in-process (headless AWT, no browser): every chart type KAI builds,
 * with the figure's title, axes, legend and theme colours. Large traces are downsampled and the chart says so.
 */
public final class StaticExporter {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private StaticExporter() {
    }

    public static byte[] export(JsonNode figure, ExportFormat format, ExportOptions options) {
        double width = options.width() != null ? options.width() : figure.at("/layout/width").asDouble(800);
        double height = options.height() != null ? options.height() : figure.at("/layout/height").asDouble(600);
        try {
            return switch (format) {
                case PNG -> png(figure, width, height, options);
                case SVG -> svg(figure, width, height);
                case PDF -> pdf(figure, width, height);
            };
        } catch (IOException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "the chart could not be exported as " + format.extension(), e);
        }
    }

    /**
     * Draws the figure onto any {@link Graphics2D} in a box of width × height (CSS pixels), as the exports do: for
     * callers that own the surface, e.g. a PDF layout engine placing the chart as vectors inside a page.
     */
    public static void draw(JsonNode figure, Graphics2D g, double width, double height) {
        FigureRenderer.render(figure, new AwtCanvas(g, font(figure)), width, height);
    }

    private static String font(JsonNode figure) {
        return figure.at("/layout/font/family").asText("sans-serif");
    }

    private static byte[] png(JsonNode figure, double width, double height, ExportOptions options) throws IOException {
        double scale = options.effectiveScale();
        int w = (int) Math.round(width * scale), h = (int) Math.round(height * scale);
        if ((long) w * h > ExportOptions.MAX_PIXELS) {
            throw new KaiException(ErrorCode.INVALID_EXPORT_OPTIONS, "the PNG would be " + w + "x" + h
                    + " pixels, more than " + ExportOptions.MAX_PIXELS / 1_000_000 + " million; lower dpi/scale or size");
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            FigureRenderer.render(figure, new AwtCanvas(g, font(figure)), width, height);
        } finally {
            g.dispose();
        }
        return encodePng(image, options.effectiveDpi());
    }

    private static byte[] encodePng(BufferedImage image, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            String dotsPerMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", dotsPerMetre);
            phys.setAttribute("pixelsPerUnitYAxis", dotsPerMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] svg(JsonNode figure, double width, double height) {
        SvgCanvas canvas = new SvgCanvas(width, height, font(figure));
        FigureRenderer.render(figure, canvas, width, height);
        return canvas.finish(figure.at("/layout/title/text").asText("chart")).getBytes(StandardCharsets.UTF_8);
    }

    /** One page of exactly width × height points, drawn as vectors; text uses the PDF standard fonts. */
    private static byte[] pdf(JsonNode figure, double width, double height) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) width, (float) height);
            try {
                g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
                FigureRenderer.render(figure, new AwtCanvas(g, font(figure)), width, height);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.getDocumentInformation().setTitle(figure.at("/layout/title/text").asText("chart"));
            document.getDocumentInformation().setCreator("KAI Analytics");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
