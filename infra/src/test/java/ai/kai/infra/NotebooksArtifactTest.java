package ai.kai.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.functions.catalog.Artifact;
import ai.kai.infra.load.ReportRenderProbe;

/**
 * The notebooks artifact carries what its functions need beyond loading: the templates, the report fonts, and a PDF
 * renders from that jar alone in a fresh JVM (openhtmltopdf, commonmark, PDFBox, the bundled DejaVu fonts).
 */
class NotebooksArtifactTest {
    @TempDir
    Path dir;

    private static Path jar() {
        Path jar = FunctionArtifactContentsTest.ARTIFACTS.resolve(Artifact.NOTEBOOKS.jarName("0.1.0-SNAPSHOT"));
        assertThat(jar).as("build the functions first (mvn verify builds them before infra)").exists();
        return jar;
    }

    @Test
    void shouldCarryTheTemplatesAndTheReportFonts() throws IOException {
        try (ZipFile zip = new ZipFile(jar().toFile())) {
            List<String> names = zip.stream().map(e -> e.getName()).toList();
            assertThat(names).anyMatch(n -> n.endsWith("sales_analysis.yaml")).anyMatch(n -> n.endsWith("forecast_review.yaml"))
                    .anyMatch(n -> n.endsWith(".ttf") && n.contains("DejaVu"))
                    .anyMatch(n -> n.startsWith("com/openhtmltopdf/pdfboxout/"))
                    .anyMatch(n -> n.startsWith("org/commonmark/"));
        }
        System.out.printf("notebooks artifact: %s, %.1f MB%n", jar().getFileName(), Files.size(jar()) / 1024.0 / 1024.0);
    }

    @Test
    void shouldRenderAPdfWithItsHeadingsFromTheNotebooksJarAlone() throws Exception {
        Path pdf = dir.resolve("probe.pdf");
        Path html = dir.resolve("probe.html");
        Path probe = Path.of(ReportRenderProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", probe + java.io.File.pathSeparator + jar(), ReportRenderProbe.class.getName(), pdf.toString(), html.toString())
                .redirectErrorStream(true);
        pb.environment().putAll(Map.of("KAI_BUCKET", "kai-test", "KAI_TABLE", "kai-test", "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test", "KAI_CACHE_DIR", dir.resolve("cache").toString()));
        pb.environment().remove("KAI_SECRETS_KEY_FILE");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.println("report probe: " + out.lines().filter(l -> l.startsWith("OK") || l.startsWith("FAIL")).findFirst().orElse(out));

        assertThat(out).as(out).contains("OK first=");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Artifact probe", "Totals for the period",
                    "Revenue by region", "ünïcödé", "North");
        }
        assertThat(Files.readString(html)).contains("Artifact probe", "Totals for the period", "Revenue by region");
    }
}
