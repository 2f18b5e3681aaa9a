package ai.kai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.chart.Aggregation;
import ai.kai.chart.ChartService;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Table;
import ai.kai.chart.render.ExportFormat;
import ai.kai.chart.render.ExportOptions;
import ai.kai.chart.render.StaticExporter;
import ai.kai.report.HtmlReportRenderer;
import ai.kai.report.PdfReportRenderer;
import ai.kai.report.Report;
import ai.kai.report.ReportBlock;
import ai.kai.report.ReportFact;
import ai.kai.report.ReportSection;

/**
 * Render time and size of a notebook-sized report: 10 sections with 4 charts (line over 365 days, grouped bars, pie,
 * scatter of 1,000 points), a 1,000-row table, Markdown, SQL, metrics and a failed section. Measured in one JVM, one
 * run, interleaved round by round: the HTML page (offline and CDN), the PDF, and as baselines the same 4 charts
 * exported alone as PNG at 150 dpi (what an image-based PDF would embed) and as one-page vector PDFs.
 * Prints a Markdown section; writes the outputs to {@code --dir} (default bench/target/report-bench) for a look.
 *
 * <pre>
 * --warmup N       unmeasured rounds first (default 3)
 * --iterations N   measured rounds (default 10)
 * --dir DIR        where the rendered report files go
 * </pre>
 */
public final class ReportBenchmark {
    private static final Instant AT = Instant.parse("2026-11-25T08:00:00Z");

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = 3, iterations = 10;
        Path dir = Path.of("bench", "target", "report-bench");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--iterations" -> iterations = Integer.parseInt(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see ReportBenchmark's javadoc)");
            }
        }
        Files.createDirectories(dir);
        Report report = report();
        List<JsonNode> figures = report.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(ReportBlock.Chart.class::isInstance).map(b -> ((ReportBlock.Chart) b).figure()).toList();
        HtmlReportRenderer offline = new HtmlReportRenderer(HtmlReportRenderer.Plotly.OFFLINE);
        HtmlReportRenderer cdn = new HtmlReportRenderer(HtmlReportRenderer.Plotly.CDN);
        PdfReportRenderer pdf = new PdfReportRenderer();

        List<Path> made = new ArrayList<>();
        List<Measured> paths = List.of(
                new Measured("HTML page, plotly.js inlined (offline)", () -> utf8(offline.render(report))),
                new Measured("HTML page, plotly.js from the CDN", () -> utf8(cdn.render(report))),
                new Measured("PDF (openhtmltopdf, charts as vectors)", () -> pdf.render(report)),
                new Measured("baseline: the 4 charts alone as PNG, 150 dpi", () -> each(figures, ExportFormat.PNG, ExportOptions.ofDpi(150))),
                new Measured("baseline: the 4 charts alone as vector PDF pages", () -> each(figures, ExportFormat.PDF, ExportOptions.defaults())));
        for (int round = 0; round < warmup + iterations; round++) {
            for (int k = 0; k < paths.size(); k++) {
                paths.get((k + round) % paths.size()).run(round >= warmup);
            }
            System.err.printf(Locale.ROOT, "report bench: round %d of %d%n", round + 1, warmup + iterations);
        }
        made.add(write(dir.resolve("report-offline.html"), utf8(offline.render(report))));
        made.add(write(dir.resolve("report-cdn.html"), utf8(cdn.render(report))));
        byte[] pdfBytes = pdf.render(report);
        made.add(write(dir.resolve("report.pdf"), pdfBytes));
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdfBytes)) {
            pages = doc.getNumberOfPages();
        }
        System.out.println(section(paths, warmup, iterations, pages, made));
    }

    private record Measured(String label, Supplier<byte[]> action, List<Double> millis, long[] size) {
        Measured(String label, Supplier<byte[]> action) {
            this(label, action, new ArrayList<>(), new long[1]);
        }

        void run(boolean record) {
            long t0 = System.nanoTime();
            byte[] out = action.get();
            double ms = Stats.millisSince(t0);
            if (record) {
                millis.add(ms);
                size[0] = out.length;
            }
        }

        Stats stats() {
            return Stats.of(label, millis.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    private static String section(List<Measured> paths, int warmup, int iterations, int pages, List<Path> made) {
        double png = paths.get(3).stats().median();
        Markdown table = Markdown.table("output", "median ms", "p90 ms", "min–max ms", "size", "vs charts as PNG");
        for (Measured m : paths) {
            Stats s = m.stats();
            table.row(m.label(), Stats.ms(s.median()), Stats.ms(s.p90()), Stats.ms(s.min()) + "–" + Stats.ms(s.max()),
                    size(m.size()[0]), Stats.ratio(s.median(), png));
        }
        return "### Report rendering\n\n"
                + "One report as a notebook run makes it: 10 sections, 4 charts (line of 365 days × 2 series, grouped bars, pie, "
                + "scatter of 1,000 points), a 1,000-row × 6-column table (the PDF shows its first "
                + PdfReportRenderer.DEFAULT_MAX_TABLE_ROWS + " rows, the HTML all 1,000), Markdown, SQL, metrics, a failed section. "
                + warmup + " warm-up + " + iterations + " measured rounds, interleaved; PDF: " + pages + " A4 pages. "
                + "Outputs written to " + made.stream().map(p -> "`" + p + "`").toList() + ".\n\n" + table.render();
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.2f MiB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0);
    }

    private static byte[] each(List<JsonNode> figures, ExportFormat format, ExportOptions options) {
        long total = 0;
        for (JsonNode f : figures) {
            total += StaticExporter.export(f, format, options).length;
        }
        return new byte[(int) total];
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Path write(Path file, byte[] bytes) throws java.io.IOException {
        Files.write(file, bytes);
        return file;
    }

    static Report report() {
        Random random = new Random(11);
        int days = 365;
        String[] day = new String[days], region = new String[days], product = new String[days];
        double[] revenue = new double[days], cost = new double[days], units = new double[days];
        String[] regions = {"North", "South", "East", "West", "Zürich"};
        String[] products = {"Alpha", "Beta", "Gamma"};
        for (int i = 0; i < days; i++) {
            day[i] = LocalDate.of(2025, 1, 1).plusDays(i).toString();
            region[i] = regions[i % regions.length];
            product[i] = products[(i / 5) % products.length];
            revenue[i] = Math.round((1000 + 300 * Math.sin(i / 9.0) + random.nextGaussian() * 120) * 100) / 100.0;
            cost[i] = Math.round(revenue[i] * (0.55 + random.nextDouble() * 0.2) * 100) / 100.0;
            units[i] = 5 + random.nextInt(60);
        }
        Table sales = Table.builder().dates("day", day).texts("region", region).texts("product", product)
                .numbers("revenue", revenue).numbers("cost", cost).numbers("units", units).build();
        double[] x = new double[1000], y = new double[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() * 10 + 50;
            y[i] = x[i] * 1.7 + random.nextGaussian() * 8;
        }
        Table points = Table.builder().numbers("price", x).numbers("demand", y).build();
        ChartService charts = new ChartService();
        JsonNode line = charts.figure(ChartSpec.of(ChartType.LINE).x("day").y("revenue", "cost").title("Daily revenue and cost").size(900, 500).build(), sales);
        JsonNode bars = charts.figure(ChartSpec.of(ChartType.BAR_GROUPED).x("region").y("revenue").color("product")
                .aggregation(Aggregation.SUM).title("Revenue by region and product").size(900, 500).build(), sales);
        JsonNode pie = charts.figure(ChartSpec.of(ChartType.PIE).x("region").y("revenue").title("Share of revenue").size(800, 500).build(), sales);
        JsonNode scatter = charts.figure(ChartSpec.of(ChartType.SCATTER).x("price").y("demand").title("Price and demand").size(900, 500).build(), points);

        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new ArrayList<>(List.of("ORD-" + (100000 + i), LocalDate.of(2025, 1, 1).plusDays(i % 365).toString(),
                    regions[i % regions.length], products[i % products.length], (long) (1 + i % 40), Math.round(random.nextDouble() * 100000) / 100.0)));
        }
        List<ReportSection> sections = List.of(
                new ReportSection("Summary", "success", "text · 2 ms", List.of(new ReportBlock.Markdown(
                        "Revenue for **2025** grew by *8.2 %*; the **West** region leads.\n\n- 365 days\n- 5 regions\n- 3 products"))),
                new ReportSection("Orders", "success", "query · 38 ms", List.of(new ReportBlock.Code("sql",
                        "SELECT order_id, day, region, product, units, amount FROM data ORDER BY day LIMIT 1000"),
                        new ReportBlock.Table(List.of("order_id", "day", "region", "product", "units", "amount"), rows, 20_000))),
                new ReportSection("Revenue over time", "success", "visualization · 9 ms", List.of(new ReportBlock.Chart("Daily revenue and cost", line))),
                new ReportSection("Regions and products", "success", "visualization · 6 ms", List.of(new ReportBlock.Chart("Revenue by region and product", bars))),
                new ReportSection("Share of revenue", "success", "visualization · 4 ms", List.of(new ReportBlock.Chart("Share of revenue", pie))),
                new ReportSection("Price and demand", "success", "visualization · 11 ms", List.of(new ReportBlock.Chart("Price and demand", scatter))),
                new ReportSection("Difference between regions", "success", "stats · 5 ms", List.of(new ReportBlock.Metrics(List.of(
                        new ReportFact("F statistic", "4.21"), new ReportFact("p-value", "0.0023"), new ReportFact("η²", "0.045"))))),
                new ReportSection("Forecast", "failed", "forecast · 3 ms", List.of(new ReportBlock.Error("FORECAST_TOO_FEW_POINTS",
                        "the series has 5 points; a forecast needs at least 10 — widen the date range"))),
                new ReportSection("Forecast chart", "skipped", "visualization", List.of()),
                new ReportSection("Notes", "success", "text · 1 ms", List.of(new ReportBlock.Markdown(
                        "| metric | value |\n|---|---:|\n| orders | 20,000 |\n| customers | 1,204 |\n\nPrepared automatically."))));
        return new Report("Sales review 2025", "Revenue, orders, regions and a forecast.", List.of(
                new ReportFact("Parameters", "start_date=2025-01-01, end_date=2025-12-31"), new ReportFact("Data source", "sales.csv (20,000 rows)"),
                new ReportFact("Run time", "2.1 s"), new ReportFact("Status", "8 succeeded, 1 failed, 1 skipped")), sections, AT);
    }
}
