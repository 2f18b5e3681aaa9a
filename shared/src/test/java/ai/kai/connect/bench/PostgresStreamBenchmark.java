package ai.kai.connect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectionDraft;
import ai.kai.connect.ConnectionUri;
import ai.kai.connect.Connector;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.QueryLimits;
import ai.kai.connect.postgres.EmbeddedPostgresServer;
import ai.kai.connect.postgres.PostgresConnectorFactory;
import ai.kai.query.DatabaseCache;
import ai.kai.tenancy.TenantId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Rows per second streamed from PostgreSQL through the connector ({@code Connector.stream}, batches of 10,000,
 * every value converted to the shared result model) against {@code psql \copy (SELECT ...) TO STDOUT} of the same
 * 1M-row table, same server, same run. Writes the Markdown section to the file given as the first argument.
 * Run: {@code mvn -B -q -f shared/pom.xml test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=ai.kai.connect.bench.PostgresStreamBenchmark -Dexec.args=BENCHMARKS-connectors.md}
 */
public final class PostgresStreamBenchmark {
    static final int ROWS = 1_000_000;
    static final int RUNS = 5;
    static final int WARM_UPS = 2;
    static final String PASSWORD = "bench-pw";
    static final String QUERY = "SELECT id, name, amount, created FROM big";

    private PostgresStreamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "BENCHMARKS-connectors.md");
        Path work = Files.createTempDirectory("kai-bench");
        try (EmbeddedPostgres pg = EmbeddedPostgresServer.start(work.resolve("pg"))) {
            long loadMs = load(pg);
            List<Double> connector = new ArrayList<>();
            List<Double> psql = new ArrayList<>();
            for (int i = 0; i < WARM_UPS; i++) {
                streamThroughConnector(pg.getPort(), work, 1);
            }
            for (int i = 0; i < RUNS; i++) {
                connector.add(streamThroughConnector(pg.getPort(), work, RUNS));
                psql.add(psqlCopy(pg.getPort()));
            }
            String md = markdown(loadMs, connector, psql);
            Files.writeString(out, md);
            System.out.println(md);
        }
    }

    private static long load(EmbeddedPostgres pg) throws Exception {
        long started = System.nanoTime();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE bench LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE TABLE big AS SELECT g AS id, md5(g::text) AS name, (g % 10000) * 0.25 AS amount, "
                    + "TIMESTAMP '2025-01-01' + g * INTERVAL '1 second' AS created FROM generate_series(1, " + ROWS + ") g");
            s.execute("ANALYZE big");
            s.execute("GRANT SELECT ON big TO bench");
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Rows per second of one full stream (or of a warm-up when {@code runs} is 1). */
    private static double streamThroughConnector(int port, Path work, int runs) {
        String uri = "postgresql://bench:" + PASSWORD + "@localhost:" + port + "/postgres";
        PostgresConnectorFactory factory = new PostgresConnectorFactory();
        ConnectionConfig config = factory.configure(new ConnectionDraft("bench", Optional.of(ConnectionUri.parse(uri)),
                Map.of(), Optional.empty()));
        ConnectorContext context = new ConnectorContext(TenantId.of("bench"), Optional.empty(),
                new DatabaseCache(work.resolve("cache"), 1 << 20), work, Duration.ofSeconds(10), 4L << 20, 1);
        AtomicLong rows = new AtomicLong();
        try (Connector connector = factory.create(config, context)) {
            connector.connect();
            long started = System.nanoTime();
            connector.stream(QUERY, QueryLimits.of(Long.MAX_VALUE, Duration.ofMinutes(5)), 10_000, batch -> {
                rows.addAndGet(batch.rows().size());
                return true;
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            if (rows.get() != ROWS) {
                throw new IllegalStateException("streamed " + rows.get() + " rows");
            }
            return ROWS / seconds;
        }
    }

    private static double psqlCopy(int port) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/psql", "-h", "localhost", "-p", Integer.toString(port), "-U", "bench",
                "-d", "postgres", "-X", "-q", "-c", "\\copy (" + QUERY + ") TO STDOUT");
        pb.environment().put("PGPASSWORD", PASSWORD);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        long started = System.nanoTime();
        int exit = pb.start().waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("psql exited with " + exit);
        }
        return ROWS / seconds;
    }

    private static String markdown(long loadMs, List<Double> connector, List<Double> psql) {
        double c = median(connector);
        double p = median(psql);
        StringBuilder b = new StringBuilder();
        b.append("## Streaming from PostgreSQL: connector vs `psql \\copy`\n\n");
        b.append("One run of `PostgresStreamBenchmark` (shared/src/test/java/ai/kai/connect/bench). Embedded PostgreSQL 18.6 ")
                .append("(zonky binaries) on this machine (").append(Runtime.getRuntime().availableProcessors())
                .append(" cores), a ").append(String.format("%,d", ROWS)).append("-row table `big (id int, name text, amount numeric, created timestamp)` ")
                .append("loaded in ").append(loadMs).append(" ms; `").append(QUERY).append("` read ").append(RUNS)
                .append(" times each way, alternating, after ").append(WARM_UPS).append(" connector warm-ups (JIT). JDK ").append(Runtime.version().feature())
                .append(", psql ").append(psqlVersion()).append(".\n\n");
        b.append("| path | runs (rows/s) | median rows/s |\n|---|---|---|\n");
        b.append("| `Connector.stream` (HikariCP, pgjdbc, fetch size 10,000, values converted to the result model) | ")
                .append(list(connector)).append(" | ").append(String.format("%,.0f", c)).append(" |\n");
        b.append("| `psql \\copy (...) TO STDOUT` (COPY protocol, text out, to /dev/null) | ").append(list(psql)).append(" | ")
                .append(String.format("%,.0f", p)).append(" |\n\n");
        b.append(String.format("The connector streams at %.0f%% of `psql \\copy` speed: psql moves COPY's text through C "
                + "without parsing it, the connector parses every row into Java values (BigDecimal, ISO-8601 text for "
                + "timestamps) for the JSON result model, on the same 2 cores as the server. ", 100 * c / p));
        b.append("Command: `mvn -B -q -f shared/pom.xml test-compile exec:java -Dexec.classpathScope=test "
                + "-Dexec.mainClass=ai.kai.connect.bench.PostgresStreamBenchmark -Dexec.args=BENCHMARKS-connectors.md` "
                + "from the repository root (JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; psql from Debian's postgresql-client at /usr/bin/psql).\n");
        return b.toString();
    }

    private static String psqlVersion() {
        try {
            Process p = new ProcessBuilder("/usr/bin/psql", "--version").start();
            return new String(p.getInputStream().readAllBytes()).strip().replace("psql (PostgreSQL) ", "");
        } catch (IOException e) {
            return "?";
        }
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String list(List<Double> xs) {
        return String.join(", ", xs.stream().map(x -> String.format("%,.0f", x)).toList());
    }
}
