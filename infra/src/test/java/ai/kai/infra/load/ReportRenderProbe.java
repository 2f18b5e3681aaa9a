package ai.kai.infra.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import ai.kai.functions.runtime.NotebookServices;
import ai.kai.report.HtmlReportRenderer;
import ai.kai.report.PdfReportRenderer;
import ai.kai.report.Report;
import ai.kai.report.ReportBlock;
import ai.kai.report.ReportFact;
import ai.kai.report.ReportSection;

/**
 * Run in a fresh JVM whose classpath is the notebooks artifact alone: renders a report with text, a table and a
 * chart as PDF (to {@code args[0]}) and HTML (to {@code args[1]}), timing the first and a second PDF, then primes
 * the report function as its SnapStart hook does. Prints {@code OK first=… second=…} or {@code FAIL reason}.
 */
public final class ReportRenderProbe {
    private ReportRenderProbe() {
    }

    public static void main(String[] args) {
        try {
            var figure = new ObjectMapper().readTree("{\"data\":[{\"type\":\"bar\",\"x\":[\"North\",\"South\"],\"y\":[3,5]}],"
                    + "\"layout\":{\"title\":{\"text\":\"Revenue by region\"}}}");
            Report report = new Report("Artifact probe", "Rendered from the notebooks jar", List.of(new ReportFact("rows", "2")),
                    List.of(new ReportSection("Totals for the period", "success", null,
                                    List.of(new ReportBlock.Markdown("Revenue **grew** in *North* — ünïcödé"),
                                            new ReportBlock.Table(List.of("region", "revenue"),
                                                    List.<List<Object>>of(List.of("North", 3), List.of("South", 5)), 2))),
                            new ReportSection("Revenue by region", "success", null, List.of(new ReportBlock.Chart("Revenue by region", figure)))),
                    Instant.parse("2026-11-25T08:00:00Z"));
            long t0 = System.nanoTime();
            byte[] pdf = new PdfReportRenderer().render(report);
            long first = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            new PdfReportRenderer().render(report);
            long second = (System.nanoTime() - t0) / 1_000_000;
            Files.write(Path.of(args[0]), pdf);
            Files.writeString(Path.of(args[1]), new HtmlReportRenderer().render(report));
            NotebookServices.get().primeReportRendering();
            System.out.println("OK first=" + first + "ms second=" + second + "ms bytes=" + pdf.length);
        } catch (Throwable t) {
            Throwable root = t;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.out.println("FAIL " + root);
            t.printStackTrace(System.out);
        }
    }
}
