package ai.kai.chart.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartFixtures;
import ai.kai.chart.ChartService;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Table;
import ai.kai.chart.render.ExportFormat;
import ai.kai.chart.render.ExportOptions;
import ai.kai.chart.render.StaticExporter;

/**
 * Generate (figure JSON) and PNG export time per chart type for 10k and 1M rows; writes the Markdown section to
 * {@code BENCHMARKS-charts.md} (or the path given as the first argument). Each measurement is the best of 3 runs
 * after one warm-up.
 */
public final class ChartBenchmark {
    private ChartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "BENCHMARKS-charts.md");
        ChartService service = new ChartService();
        Map<ChartType, ChartSpec> specs = ChartFixtures.specs();
        List<String> rows = new ArrayList<>();
        for (int n : new int[] {10_000, 1_000_000}) {
            Table table = ChartFixtures.sales(n);
            for (ChartType type : ChartType.values()) {
                ChartSpec spec = specs.get(type).toBuilder().title(type.id() + " — " + String.format(Locale.ROOT, "%,d", n) + " rows").build();
                ObjectNode figure = service.figure(spec, table);
                byte[] png = StaticExporter.export(figure, ExportFormat.PNG, ExportOptions.defaults());
                long generate = Long.MAX_VALUE, export = Long.MAX_VALUE;
                for (int run = 0; run < 3; run++) {
                    long t0 = System.nanoTime();
                    figure = service.figure(spec, table);
                    long t1 = System.nanoTime();
                    png = StaticExporter.export(figure, ExportFormat.PNG, ExportOptions.defaults());
                    long t2 = System.nanoTime();
                    generate = Math.min(generate, t1 - t0);
                    export = Math.min(export, t2 - t1);
                }
                String svg = new String(StaticExporter.export(figure, ExportFormat.SVG, ExportOptions.defaults()), StandardCharsets.UTF_8);
                int at = svg.indexOf("downsampled from");
                String note = at < 0 ? "" : svg.substring(svg.lastIndexOf('>', at) + 1, svg.indexOf('<', at)).replace("&gt;", ">");
                long points = countPoints(figure);
                String row = String.format(Locale.ROOT, "| %s | %,d | %,d | %.0f | %.0f | %,d | %s |", type.id(), n, points,
                        generate / 1e6, export / 1e6, png.length / 1024, note.isEmpty() ? "all drawn" : note);
                System.out.println(row);
                rows.add(row);
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("## Charts: generate and PNG export per chart type\n\n")
                .append("Command (from the repository root, after `mvn -f shared/pom.xml test-compile`):\n\n```\n")
                .append("java -Xmx8g -Djava.awt.headless=true -cp shared/target/classes:shared/target/test-classes:$(cat shared/target/cp.txt) ai.kai.chart.bench.ChartBenchmark BENCHMARKS-charts.md\n```\n")
                .append("(`shared/target/cp.txt` from `mvn -f shared/pom.xml dependency:build-classpath -Dmdep.outputFile=target/cp.txt`.)\n\n")
                .append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
                .append(System.getProperty("java.version")).append(". Rows from `ChartFixtures.sales(n)`; the spec per type is the one in ")
                .append("`ChartFixtures.specs()` (bar/pie/heatmap/treemap/… aggregate, so their figures stay small; line, scatter, ")
                .append("histogram, box, violin, 3D, parallel coordinates, candlestick and forecast carry every row). Times are the best of ")
                .append("3 runs after a warm-up: *generate* = spec + rows → Plotly figure JSON (aggregation in Java); *PNG* = figure → ")
                .append("900×600 PNG in-process. Values in the figure = numbers and labels in its data arrays.\n\n")
                .append("Large data in the static export: lines above 5,000 points are reduced with LTTB, markers (scatter, bubble, 3D) ")
                .append("with a seeded uniform sample of 5,000, parallel coordinates to 2,000 lines, candlesticks merged into at most ")
                .append("1,000 candles; histograms bin every value, box/violin use every value (KDE over 512 bins). Each reduction is ")
                .append("written on the chart, bottom right (last column). The interactive figure keeps every row; for big tables the ")
                .append("endpoint should aggregate or sample in DuckDB first (`ChartQuery`).\n\n")
                .append("| type | rows | values in figure | generate ms | PNG ms | PNG KiB | on the chart |\n")
                .append("|---|---:|---:|---:|---:|---:|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Files.writeString(out, md.toString());
        System.out.println("written " + out.toAbsolutePath());
    }

    private static long countPoints(ObjectNode figure) {
        long[] n = {0};
        figure.path("data").forEach(t -> t.fields().forEachRemaining(e -> count(e.getValue(), n)));
        return n[0];
    }

    private static void count(com.fasterxml.jackson.databind.JsonNode node, long[] n) {
        if (node.isArray()) {
            node.forEach(v -> count(v, n));
        } else if (node.isObject()) {
            node.forEach(v -> count(v, n));
        } else if (node.isNumber()) {
            n[0]++;
        }
    }
}
