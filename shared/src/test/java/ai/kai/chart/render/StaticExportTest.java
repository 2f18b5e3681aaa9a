package ai.kai.chart.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartFixtures;
import ai.kai.chart.ChartService;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Table;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

class StaticExportTest {
    private static final Table SALES = ChartFixtures.sales(120);
    private static final Path OUT = Path.of("target", "chart-exports");
    private final ChartService service = new ChartService();

    private ObjectNode figure(ChartType type) {
        return service.figure(ChartFixtures.specs().get(type), SALES);
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void shouldRenderEveryChartTypeAsPngThatIsNotBlank(ChartType type) throws Exception {
        byte[] png = StaticExporter.export(figure(type), ExportFormat.PNG, ExportOptions.defaults());
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(type.id() + ".png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(600);
        int background = image.getRGB(2, 2);
        long painted = 0, coloured = 0;
        for (int y = 100; y < 520; y += 2) {
            for (int x = 80; x < 700; x += 2) {
                int rgb = image.getRGB(x, y);
                painted += rgb != background ? 1 : 0;
                int r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255;
                coloured += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60 ? 1 : 0;
            }
        }
        assertThat(painted).as("pixels differing from the paper in the plot area").isGreaterThan(2000);
        assertThat(coloured).as("saturated (series-coloured) pixels in the plot area").isGreaterThan(100);
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void shouldRenderEveryChartTypeAsSvgThatIsValidXmlWithTheTitle(ChartType type) throws Exception {
        byte[] svg = StaticExporter.export(figure(type), ExportFormat.SVG, ExportOptions.defaults());
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(type.id() + ".svg"), svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("900");
        String title = ChartFixtures.specs().get(type).title();
        boolean inText = false;
        var texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            inText |= texts.item(i).getTextContent().equals(title);
        }
        assertThat(inText).as("a <text> element holds the title").isTrue();
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "*").getLength()).isGreaterThan(8);
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void shouldRenderEveryChartTypeAsAOnePagePdfOfTheRequestedSize(ChartType type) throws Exception {
        byte[] pdf = StaticExporter.export(figure(type), ExportFormat.PDF, new ExportOptions(720, 480, null, null));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(type.id() + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(720f);
            assertThat(box.getHeight()).isEqualTo(480f);
            assertThat(new PDFTextStripper().getText(doc)).contains("Sales");
        }
    }

    @Test
    void shouldScalePngByDpiAndRecordTheDpi() throws Exception {
        byte[] png = StaticExporter.export(figure(ChartType.BAR), ExportFormat.PNG, ExportOptions.ofDpi(192));
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
        assertThat(reader.getWidth(0)).isEqualTo(1800);
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
        assertThat(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"))).isEqualTo(7559);
        byte[] scaled = StaticExporter.export(figure(ChartType.BAR), ExportFormat.PNG, new ExportOptions(400, 300, 0.5, null));
        assertThat(ImageIO.read(new ByteArrayInputStream(scaled)).getWidth()).isEqualTo(200);
    }

    @Test
    void shouldDownsampleAMillionPointLineAndSayThatOnTheChart() throws Exception {
        int n = 1_000_000;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 5000.0) * 100 + (i % 1000 == 0 ? 40 : 0);
        }
        Table big = Table.builder().numbers("t", x).numbers("signal", y).build();
        ObjectNode fig = service.figure(ChartSpec.of(ChartType.LINE).x("t").y("signal").title("A million points").build(), big);
        byte[] svg = StaticExporter.export(fig, ExportFormat.SVG, ExportOptions.defaults());
        String text = new String(svg, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("downsampled from 1,000,000 to 5,000 points (LTTB)");
    }

    @Test
    void shouldRefuseExportOptionsOutsideTheLimits() {
        assertThatThrownBy(() -> ExportOptions.ofDpi(5000)).isInstanceOf(KaiException.class)
                .extracting(e -> ((KaiException) e).code()).isEqualTo(ErrorCode.INVALID_EXPORT_OPTIONS);
        assertThatThrownBy(() -> StaticExporter.export(figure(ChartType.BAR), ExportFormat.PNG, new ExportOptions(8000, 8000, 10.0, null)))
                .isInstanceOf(KaiException.class).hasMessageContaining("million");
        assertThatThrownBy(() -> ExportFormat.parse("gif")).hasMessageContaining("png, svg or pdf");
    }
}
