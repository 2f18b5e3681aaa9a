package ai.kai.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every chart type's figure JSON, in the offline HTML page, drawn by the real plotly.js in headless Chromium: the
 * page must report {@code data-kai-chart="rendered"} (set only when Plotly.newPlot's promise resolves and no error
 * reached window.onerror), the browser log must hold no uncaught error, and a screenshot must not be blank.
 * Skipped where {@code /usr/bin/chromium} is absent (Debian package {@code chromium}).
 */
class PlotlyBrowserTest {
    private static final Table SALES = ChartFixtures.sales(120);

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "headless Chromium (/usr/bin/chromium) is not installed");
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void shouldRenderEveryChartTypeInPlotlyJsWithoutErrorsAndAVisibleChart(ChartType type) throws Exception {
        String html = ChartHtml.offline(new ChartService().figure(ChartFixtures.specs().get(type), SALES));
        Path page = dir.resolve(type.id() + ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);

        HeadlessChromium.Run dom = chromium(type, "--virtual-time-budget=15000", "--dump-dom", page.toUri().toString());
        String root = rootTag(dom.stdout());
        assertThat(root).as("plotly.js error: " + root).contains("data-kai-chart=\"rendered\"").doesNotContain("data-kai-error");
        assertThat(dom.stderr()).doesNotContain("Uncaught");

        Path shot = dir.resolve(type.id() + ".png");
        HeadlessChromium.Run screenshot = chromium(type, "--virtual-time-budget=5000", "--hide-scrollbars", "--window-size=900,600",
                "--screenshot=" + shot, page.toUri().toString());
        assertThat(screenshot.stderr()).doesNotContain("Uncaught");
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image).as("screenshot written").isNotNull();
        assertThat(saturatedPixels(image)).as("coloured pixels of the chart in the screenshot").isGreaterThan(500);
    }

    private static long saturatedPixels(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255;
                n += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60 ? 1 : 0;
            }
        }
        return n;
    }

    private static String rootTag(String dom) {
        return HeadlessChromium.rootTag(dom);
    }

    private static HeadlessChromium.Run chromium(ChartType type, String... args) throws Exception {
        return HeadlessChromium.run(dir, type.id(), args);
    }
}
