package ai.kai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.demo.SampleSales;
import ai.kai.query.NamedParameters;

/**
 * Every notebook template on the demo's sales sample (the data {@code kai demo} generates) at 20,000 and 1,000,000
 * rows: each template runs {@code --runs} times through the local stack (API → Lambda-Invoke endpoint → runner), and
 * each cell's recorded duration is reported as the median over those runs. Baseline in the same run: the same query
 * cell's SQL, with the run's parameters bound, on raw DuckDB JDBC over the same ingested {@code data.duckdb}
 * (warm, median of {@code --runs}, reading as many rows as a query cell keeps). Markdown to stdout and {@code --out}; progress to stderr.
 *
 * <pre>
 * --rows LIST   row counts (default 20000,1000000)
 * --runs N      runs per template and baseline repetitions (default 3)
 * --out FILE    default bench/target/notebook-bench.md
 * </pre>
 */
public final class NotebookBenchmark {
    /** Query cells keep at most this many rows (QueryCellExecutor.ROW_LIMIT); the baseline reads as many. */
    static final int ROW_LIMIT = 10_000;

    private NotebookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(20_000, 1_000_000);
        int runs = 3;
        Path out = Path.of("bench/target/notebook-bench.md");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> sizes = Stream.of(args[i + 1].split(",")).map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("kai-notebook-bench");
        StringBuilder md = new StringBuilder("### Notebook templates per cell on the demo sample\n\n");
        for (int rows : sizes) {
            md.append(size(work, rows, runs));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md);
        System.out.println(md);
        System.exit(0); // the local stacks' executors are closed, but DynamoDB Local leaves non-daemon threads
    }

    private static String size(Path work, int rows, int runs) throws Exception {
        Path csv = work.resolve("sales-" + rows + ".csv");
        SampleSales.write(csv, rows);
        StringBuilder md = new StringBuilder();
        try (BenchStack stack = BenchStack.start(work.resolve("stack-" + rows))) {
            System.err.printf("notebook bench: %,d rows, ingesting%n", rows);
            BenchStack.Upload upload = stack.uploadPresigned("sales.csv", csv);
            md.append("**").append(String.format("%,d", rows)).append(" rows** (CSV ").append(Files.size(csv) / 1024 / 1024)
                    .append(" MB, ingest ").append(Stats.ms(upload.totalMs())).append(" ms). ").append(runs)
                    .append(" runs per template; medians in ms.\n\n");
            Markdown table = Markdown.table("template · cell", "type", "cell ms (runner)", "min–max", "raw DuckDB ms", "ratio");
            for (JsonNode t : stack.api().get("/api/v2/notebooks/templates").expect(200).data()) {
                template(stack, upload.fileId(), t.path("id").asText(), runs, table);
            }
            md.append(table.render()).append('\n');
        }
        return md.toString();
    }

    private static void template(BenchStack stack, String fileId, String template, int runs, Markdown table) throws Exception {
        Api api = stack.api();
        String name = "bench-" + template;
        JsonNode notebook = api.postJson("/api/v2/notebooks/from-template",
                Map.of("template_id", template, "name", name, "file_id", fileId)).expect(201).data();
        Map<String, List<Double>> cellMs = new LinkedHashMap<>();
        List<Double> totals = new ArrayList<>();
        JsonNode last = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            String runId = api.postJson("/api/v2/notebooks/" + name + "/run", Map.of()).expect(202).data().path("run_id").asText();
            last = await(api, name, runId);
            totals.add(Stats.millisSince(t0));
            if (!last.path("status").asText().equals("success")) {
                throw new IllegalStateException(template + " did not succeed: " + last);
            }
            for (JsonNode c : last.path("cells")) {
                cellMs.computeIfAbsent(c.path("cell_id").asText(), k -> new ArrayList<>()).add(c.path("duration_ms").asDouble());
            }
        }
        System.err.printf("notebook bench: %s done, median %s ms%n", template, Stats.ms(stats("total", totals).median()));
        Path database = datasetFile(stack);
        for (JsonNode cell : notebook.path("cells")) {
            Stats s = stats(cell.path("id").asText(), cellMs.get(cell.path("id").asText()));
            String type = cell.path("type").asText();
            String raw = "—";
            String ratio = "—";
            if (type.equals("query")) {
                Stats baseline = rawDuckDb(database, cell.path("sql").asText(), last.path("parameters"), runs);
                raw = Stats.ms(baseline.median());
                ratio = Stats.ratio(s.median(), baseline.median());
            }
            table.row(template + " · " + cell.path("id").asText(), type, Stats.ms(s.median()),
                    Stats.ms(s.min()) + "–" + Stats.ms(s.max()), raw, ratio);
        }
        Stats total = stats("total", totals);
        table.row("**" + template + "** (start → finished, polled)", "run", Stats.ms(total.median()),
                Stats.ms(total.min()) + "–" + Stats.ms(total.max()), "", "");
    }

    private static Stats stats(String label, List<Double> values) {
        return Stats.of(label, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static JsonNode await(Api api, String name, String runId) throws InterruptedException {
        for (int i = 0; i < 60_000; i++) {
            JsonNode run = api.get("/api/v2/notebooks/" + name + "/runs/" + runId).expect(200).data();
            String status = run.path("status").asText();
            if (status.equals("success") || status.equals("failed") || status.equals("skipped")) {
                return run;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("run " + runId + " did not finish");
    }

    /** The one ingested database the runner downloaded into the function cache. */
    private static Path datasetFile(BenchStack stack) throws Exception {
        try (Stream<Path> files = Files.walk(stack.config().cacheDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".duckdb")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no data.duckdb under " + stack.config().cacheDir()));
        }
    }

    /** The cell's SQL with the run's parameters bound, on a fresh DuckDB connection to a copy of the same database. */
    private static Stats rawDuckDb(Path database, String sql, JsonNode parameters, int runs) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.properties().forEach(e -> values.put(e.getKey(), typed(e.getValue().asText())));
        NamedParameters.Bound bound = NamedParameters.bind(sql, values);
        double[] ms = new double[runs];
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            s.execute("ATTACH '" + database.toString().replace("'", "''") + "' AS f (READ_ONLY)");
            s.execute("USE f");
            for (int i = 0; i < runs + 1; i++) {
                long t0 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement(bound.sql())) {
                    for (int p = 0; p < bound.values().size(); p++) {
                        ps.setObject(p + 1, bound.values().get(p));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        for (int row = 0; row <= ROW_LIMIT && rs.next(); row++) {
                            for (int col = 1; col <= columns; col++) {
                                rs.getObject(col);
                            }
                        }
                    }
                }
                if (i > 0) {
                    ms[i - 1] = Stats.millisSince(t0); // the first is the warm-up, as the runner's cache is warm
                }
            }
        }
        return Stats.of("raw", ms);
    }

    private static Object typed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notLong) {
            try {
                return java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException notDate) {
                return value;
            }
        }
    }
}
