package ai.kai.profile.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import ai.kai.files.ContentSniffer;
import ai.kai.files.DatasetConverter;
import ai.kai.profile.DatasetProfile;
import ai.kai.profile.ProfileOptions;
import ai.kai.profile.ProfileReport;
import ai.kai.profile.ProfileService;

/**
 * The profile benchmark of BENCHMARKS.md: a generated CSV of 1M rows × 20 columns, converted into
 * {@code data.duckdb} exactly as ingest does ({@link DatasetConverter}), then — on the same table, in the same
 * JVM, alternating — a full profile and a bare {@code SUMMARIZE data}, three timed runs each after one warm-up,
 * with peak heap and peak RSS per phase. Writes a Markdown section.
 *
 * <p>Arguments: {@code [rows] [output.md] [work dir]}; defaults 1000000, {@code BENCHMARKS-profile.md},
 * {@code target/profile-bench}.
 */
public final class ProfileBenchmark {
    static final String COMMAND = """
            cd /work/wt-profile && export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
            mvn -B -q -f shared/pom.xml test-compile dependency:build-classpath -Dmdep.includeScope=test \\
                -Dmdep.outputFile=target/bench.cp
            $JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED -Xmx2g \\
                -cp shared/target/classes:shared/target/test-classes:$(cat shared/target/bench.cp) \\
                ai.kai.profile.bench.ProfileBenchmark 1000000 BENCHMARKS-profile.md""";
    private static final int RUNS = 3;

    private ProfileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path out = Path.of(args.length > 1 ? args[1] : "BENCHMARKS-profile.md");
        Path work = Path.of(args.length > 2 ? args[2] : "target/profile-bench");
        Files.createDirectories(work);
        Path csv = work.resolve("bench.csv");
        long t0 = System.nanoTime();
        BenchData.writeCsv(csv, rows);
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        Path database = ingest(csv, work);
        double ingestSeconds = (System.nanoTime() - t0) / 1e9;
        String loadBefore = loadAverage();

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + database.toString().replace("'", "''") + "' AS f (READ_ONLY)");
            s.execute("USE f");
            ProfileService service = new ProfileService();
            AtomicReference<DatasetProfile> latest = new AtomicReference<>();
            Callable<DatasetProfile> profile = () -> {
                latest.set(service.profile(c, "data", ProfileOptions.defaults()));
                return latest.get();
            };
            Callable<Integer> summarize = () -> summarize(c);
            summarize.call();
            profile.call();
            double[] summarizeMs = new double[RUNS];
            double[] profileMs = new double[RUNS];
            Peak summarizePeak = new Peak();
            Peak profilePeak = new Peak();
            for (int i = 0; i < RUNS; i++) {
                summarizeMs[i] = summarizePeak.measure(summarize);
                profileMs[i] = profilePeak.measure(profile);
            }
            DatasetProfile last = latest.get();
            String duckdb = version(c);
            Path report = work.resolve("profile-report.html");
            Files.writeString(report, ProfileReport.html(last, "Benchmark data (" + rows + " rows)"));
            String markdown = BenchReport.markdown(rows, Files.size(csv), Files.size(database), generateSeconds,
                    ingestSeconds, summarizeMs, profileMs, summarizePeak, profilePeak, last, Files.size(report),
                    loadBefore, loadAverage(), duckdb, COMMAND);
            Files.writeString(out, markdown);
            System.out.println(markdown);
        }
    }

    /** What ingest does: sniff the head, convert with the production converter and settings. */
    private static Path ingest(Path csv, Path work) throws IOException {
        byte[] head = new byte[64 * 1024];
        int n;
        try (InputStream in = Files.newInputStream(csv)) {
            n = in.readNBytes(head, 0, head.length);
        }
        ContentSniffer.Sniffed sniffed = ContentSniffer.sniff(head, n, Files.size(csv));
        int threads = Runtime.getRuntime().availableProcessors();
        return new DatasetConverter("4GB", threads).convert(csv, sniffed, ai.kai.files.IngestOptions.DETECT, work, "bench.csv").database();
    }

    private static int summarize(Connection c) throws SQLException {
        int rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SUMMARIZE data")) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static String version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "n/a";
        }
    }

    /** Peak Java heap (all heap pools) and peak RSS (VmHWM, reset through /proc/self/clear_refs) of a phase. */
    static final class Peak {
        long heapBytes;
        long rssKb = -1;
        boolean rssPerPhase = true;

        double measure(Callable<?> work) throws Exception {
            List<MemoryPoolMXBean> heap = new ArrayList<>();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                    heap.add(pool);
                }
            }
            try {
                Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            } catch (IOException | SecurityException e) {
                rssPerPhase = false;
            }
            long t = System.nanoTime();
            work.call();
            double ms = (System.nanoTime() - t) / 1e6;
            long used = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            heapBytes = Math.max(heapBytes, used);
            rssKb = Math.max(rssKb, vmHwmKb());
            return ms;
        }

        private static long vmHwmKb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        }
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
