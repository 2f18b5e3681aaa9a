package ai.kai.chart.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.chart.ChartService;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Table;

/** Static export still draws text where no font is installed (AWS Lambda): the bundled DejaVu Sans takes over. */
class BundledFontTest {
    @Test
    void shouldLoadTheBundledFontAndDrawTextWithIt() {
        Font font = Fonts.loadBundled();
        assertThat(font).isNotNull();
        assertThat(font.getFamily(Locale.ROOT)).isEqualTo("DejaVu Sans");
        assertThat(font.canDisplayUpTo("Revenue by region: 1,234.5 € (±2%)")).isEqualTo(-1);
        BufferedImage image = new BufferedImage(300, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setFont(font.deriveFont(Font.BOLD, 24f));
        g.drawString("Revenue", 10, 40);
        g.dispose();
        assertThat(inkedPixels(image)).isGreaterThan(200);
    }

    @Test
    void shouldFallBackOnlyWhenAwtListsNothingButItsLogicalFonts() {
        assertThat(Fonts.hasPhysicalFont(Set.of("dialog", "dialoginput", "serif", "sansserif", "monospaced"))).isFalse();
        assertThat(Fonts.hasPhysicalFont(Set.of())).isFalse();
        assertThat(Fonts.hasPhysicalFont(Set.of("dialog", "noto sans"))).isTrue();
    }

    /**
     * A JVM in a mount namespace where /usr/share/fonts is an empty tmpfs: there, AWT's own fonts fail with "No
     * physical fonts found", and the export must still produce a PNG with text. Needs root and util-linux unshare.
     */
    @Test
    void shouldExportAPngWithTextInAJvmThatHasNoSystemFonts(@TempDir Path dir) throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && Files.isDirectory(Path.of("/usr/share/fonts")));
        Path png = dir.resolve("no-fonts.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "mount -t tmpfs none /usr/share/fonts && exec " + java + " -Djava.awt.headless=true -cp '"
                + System.getProperty("java.class.path") + "' '" + WithoutFonts.class.getName() + "' '" + png + "'";
        Process p = new ProcessBuilder(List.of("unshare", "-m", "--propagation", "private", "sh", "-c", command))
                .redirectErrorStream(true).start();
        String output;
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assumeTrue(!output.contains("unshare:") && !output.contains("mount:"), "no mount namespace here: " + output);
        assumeTrue(!output.contains("physical fonts: ") || output.contains("physical fonts: none"),
                "fonts outside /usr/share/fonts are still visible: " + output);
        assertThat(output).contains("physical fonts: none");
        assertThat(p.exitValue()).as(output).isZero();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        int titleInk = 0;
        for (int y = 5; y < 45; y++) {
            for (int x = 250; x < 650; x++) {
                int rgb = image.getRGB(x, y);
                titleInk += (rgb & 0xff) < 160 ? 1 : 0;
            }
        }
        assertThat(titleInk).as("dark pixels of the title").isGreaterThan(150);
    }

    private static int inkedPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) != 0xff000000 ? 1 : 0;
            }
        }
        return n;
    }

    /** Run in the font-less JVM: says what AWT sees, then exports a titled bar chart. */
    public static final class WithoutFonts {
        public static void main(String[] args) throws Exception {
            String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            boolean physical = Fonts.hasPhysicalFont(Arrays.stream(families).map(f -> f.toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.toSet()));
            System.out.println("physical fonts: " + (physical ? String.join(", ", families) : "none"));
            Table t = Table.builder().texts("region", "North", "South", "East").numbers("revenue", 10, 20, 15).build();
            var figure = new ChartService().figure(ChartSpec.of(ChartType.BAR).x("region").y("revenue")
                    .title("Revenue by region").build(), t);
            Files.write(Path.of(args[0]), StaticExporter.export(figure, ExportFormat.PNG, ExportOptions.defaults()));
        }
    }
}
