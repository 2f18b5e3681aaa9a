package ai.kai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the benchmarks of BENCHMARKS.md in one go and prints a Markdown section to paste: the 1M-row CSV, ingest
 * through the local stack vs bare DuckDB, warm query latency through the gateway vs raw DuckDB JDBC, artifact
 * sizes, and fresh-JVM cold starts. Progress goes to stderr; the Markdown to stdout and to {@code --out}.
 *
 * <pre>
 * --repo DIR               the repository root (default .)
 * --only LIST              any of ingest,query,artifacts,coldstart (default: all)
 * --rows N                 rows of the generated CSV (default 1000000)
 * --ingest-runs N          ingest and baseline runs (default 5)
 * --warmup N               warm-up iterations per query and path (default 5)
 * --iterations N           measured iterations per query and path (default 30)
 * --query-budget S        seconds of measured rounds per query at most, at least 10 rounds (default 25)
 * --settle-ms N            pause before each measured query call (default 5)
 * --component-iterations N measured iterations per piece (default 100)
 * --cold-runs N            fresh JVMs per function (default 5)
 * --out FILE               where to write the Markdown (default bench/target/benchmarks-section.md)
 * --command TEXT           the command line to print in the header
 * </pre>
 */
public final class RunAllBenchmarks {
    record Options(Path repo, Set<String> only, long rows, int ingestRuns, int warmup, int iterations, double queryBudget,
                   int settleMs, int componentIterations, int coldRuns, Path out, String command) {

        static Options parse(String[] args) {
            Path repo = Path.of(".");
            Set<String> only = new LinkedHashSet<>(List.of("ingest", "query", "artifacts", "coldstart"));
            long rows = 1_000_000;
            int ingestRuns = 5;
            int warmup = 5;
            int iterations = 30;
            double queryBudget = 25;
            int settleMs = 5;
            int componentIterations = 100;
            int coldRuns = 5;
            Path out = null;
            String command = "bench/run.sh";
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--repo" -> repo = Path.of(value);
                    case "--only" -> only = new LinkedHashSet<>(Arrays.asList(value.split(",")));
                    case "--rows" -> rows = Long.parseLong(value);
                    case "--ingest-runs" -> ingestRuns = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--iterations" -> iterations = Integer.parseInt(value);
                    case "--query-budget" -> queryBudget = Double.parseDouble(value);
                    case "--settle-ms" -> settleMs = Integer.parseInt(value);
                    case "--component-iterations" -> componentIterations = Integer.parseInt(value);
                    case "--cold-runs" -> coldRuns = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value);
                    case "--command" -> command = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see RunAllBenchmarks' javadoc)");
                }
                i++;
            }
            repo = repo.toAbsolutePath().normalize();
            return new Options(repo, only, rows, ingestRuns, warmup, iterations, queryBudget, settleMs, componentIterations, coldRuns,
                    out == null ? repo.resolve("bench/target/benchmarks-section.md") : out, command);
        }
    }

    private RunAllBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        long started = System.nanoTime();
        String loadBefore = loadAverage();
        Path work = Files.createTempDirectory("kai-bench");
        StringBuilder body = new StringBuilder();
        try {
            if (o.only().contains("artifacts")) {
                progress("artifact sizes");
                body.append("### Artifact sizes\n\n").append(ArtifactSizes.markdown(ArtifactSizes.measure(o.repo(), work)))
                        .append('\n');
            }
            if (o.only().contains("ingest") || o.only().contains("query") || o.only().contains("coldstart")) {
                runWithStack(o, work, body);
            }
            String section = header(o, Stats.millisSince(started) / 1000, loadBefore, loadAverage()) + "\n" + body;
            Files.createDirectories(o.out().toAbsolutePath().getParent());
            Files.writeString(o.out(), section, StandardCharsets.UTF_8);
            System.out.print(section);
            progress("done in " + Math.round(Stats.millisSince(started) / 1000) + " s; Markdown also in " + o.out());
        } finally {
            BenchStack.deleteTree(work);
        }
        // DynamoDB Local and s3proxy leave non-daemon threads behind.
        System.exit(0);
    }

    private static void runWithStack(Options o, Path work, StringBuilder body) throws Exception {
        Path csv = work.resolve("sales-1m.csv");
        progress("generating " + o.rows() + " CSV rows");
        long bytes = SalesCsv.write(csv, o.rows());
        progress(String.format(Locale.ROOT, "CSV: %.1f MB; starting the local stack", bytes / 1e6));
        try (BenchStack stack = BenchStack.start(work)) {
            String bigFileId;
            if (o.only().contains("ingest")) {
                progress("ingest: " + o.ingestRuns() + " runs");
                IngestBenchmark.Result ingest = IngestBenchmark.run(stack, csv, o.rows(), o.ingestRuns(), work);
                body.append("### Ingest throughput\n\n").append(IngestBenchmark.markdown(ingest)).append('\n');
                bigFileId = ingest.lastFileId();
            } else {
                bigFileId = stack.uploadPresigned("sales-1m.csv", csv).fileId();
            }
            if (o.only().contains("query")) {
                progress("query latency: " + QueryBenchmark.QUERIES.size() + " queries × "
                        + QueryBenchmark.Variant.values().length + " paths × (" + o.warmup() + " + " + o.iterations() + ")");
                QueryBenchmark.Result query = QueryBenchmark.run(stack, bigFileId, o.warmup(), o.iterations(),
                        o.componentIterations(), o.queryBudget(), o.settleMs());
                body.append("### Query latency (warm)\n\n").append(QueryBenchmark.markdown(query)).append('\n');
            }
            if (o.only().contains("coldstart")) {
                progress("cold starts: " + o.coldRuns() + " fresh JVMs per function");
                ColdStartReport.Result cold = ColdStartBenchmark.run(stack, o.repo(), work.resolve("coldstart"),
                        bigFileId, o.coldRuns());
                body.append("### Fresh-JVM init to first response\n\n").append(ColdStartReport.markdown(cold)).append('\n');
            }
        }
    }

    static String header(Options o, double seconds, String loadBefore, String loadAfter) throws IOException, SQLException {
        return String.format(Locale.ROOT, """
                ## Measured figures (%s)

                - Machine: %d cores (`nproc`), %s (`lscpu` model name), %.0f GiB RAM, %s %s
                - JDK: %s %s (`%s`); DuckDB %s (`duckdb_jdbc`)
                - Command: `%s` (total run time %.0f s)
                - Load average (1, 5, 15 min) before: %s, after: %s (other work on the machine shows here)
                """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpuModel(), memoryGiB(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.vm.vendor"),
                System.getProperty("java.runtime.version"), System.getProperty("java.home"), duckDbVersion(), o.command(),
                seconds, loadBefore, loadAfter);
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.exists(loadavg)) {
            return "n/a";
        }
        String[] f = Files.readString(loadavg).strip().split("\\s+");
        return f[0] + ", " + f[1] + ", " + f[2];
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.exists(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        return Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(System.getProperty("os.arch"))
                + " " + System.getProperty("os.arch");
    }

    private static double memoryGiB() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.exists(meminfo)) {
            return Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024);
        }
        return Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / (1024.0 * 1024)).orElse(0.0);
    }

    private static String duckDbVersion() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void progress(String message) {
        System.err.println("[bench] " + message);
    }
}
