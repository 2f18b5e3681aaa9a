package ai.kai.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Table SALES = ChartFixtures.sales(120);

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium (/usr/bin/chromium) is not installed");
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void shouldRenderEveryChartTypeInPlotlyJsWithoutErrorsAndAVisibleChart(ChartType type) throws Exception {
        String html = ChartHtml.offline(new ChartService().figure(ChartFixtures.specs().get(type), SALES));
        Path page = dir.resolve(type.id() + ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);

        Run dom = chromium(type, "--virtual-time-budget=15000", "--dump-dom", page.toUri().toString());
        String root = rootTag(dom.stdout());
        assertThat(root).as("plotly.js error: " + root).contains("data-kai-chart=\"rendered\"").doesNotContain("data-kai-error");
        assertThat(dom.stderr()).doesNotContain("Uncaught");

        Path shot = dir.resolve(type.id() + ".png");
        Run screenshot = chromium(type, "--virtual-time-budget=5000", "--hide-scrollbars", "--window-size=900,600",
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

    /** The {@code <html …>} start tag of the dumped DOM: where the page reports its state. */
    private static String rootTag(String dom) {
        int at = dom.indexOf("<html");
        return at < 0 ? "no <html> in the dump" : dom.substring(at, dom.indexOf('>', at) + 1);
    }

    private record Run(String stdout, String stderr) {
    }

    private static Run chromium(ChartType type, String... args) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile-");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        File out = dir.resolve(type.id() + "-" + System.nanoTime() + ".out").toFile();
        File err = dir.resolve(type.id() + "-" + System.nanoTime() + ".err").toFile();
        Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s for " + type.id());
        }
        return new Run(Files.readString(out.toPath()), Files.readString(err.toPath()));
    }
}
