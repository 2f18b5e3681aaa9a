package ai.kai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import ai.kai.functions.runtime.Services;
import ai.kai.tenancy.TenantId;

/**
 * Ingest throughput of the local stack for one CSV (presigned PUT → S3 event → ingest function → ready), against
 * bare DuckDB loading the same CSV into a database file in the same run. Runs are interleaved (pipeline, then
 * the baselines) so that drift of the machine touches all of them alike.
 */
final class IngestBenchmark {
    /** What DatasetConverter reads CSV with; the baseline reads it the same way. */
    static final String CSV_OPTIONS = ", auto_detect=true, sample_size=20480";

    record Result(long rows, long bytes, int runs, Stats total, Stats ticket, Stats put, Stats afterPut,
                  Stats functionReported, Stats rest, Stats ctas, Stats ctasAndParquet, String lastFileId, int functionThreads,
                  String functionMemoryLimit) {
    }

    private IngestBenchmark() {
    }

    static Result run(BenchStack stack, Path csv, long rows, int runs, Path workDir) throws Exception {
        long bytes = Files.size(csv);
        // Not timed: the first upload initialises the upload, ingest and get functions and DuckDB in this JVM.
        Path warmup = workDir.resolve("warmup.csv");
        SalesCsv.write(warmup, 1000);
        stack.uploadPresigned("warmup.csv", warmup);
        bareDuckDb(warmup, workDir.resolve("baseline-warmup"), true, 1000);
        double[] total = new double[runs];
        double[] ticket = new double[runs];
        double[] put = new double[runs];
        double[] afterPut = new double[runs];
        double[] reported = new double[runs];
        double[] rest = new double[runs];
        double[] ctas = new double[runs];
        double[] ctasParquet = new double[runs];
        String lastId = null;
        for (int r = 0; r < runs; r++) {
            BenchStack.Upload u = stack.uploadPresigned("sales-1m-run" + (r + 1) + ".csv", csv);
            if (u.file().path("row_count").asLong() != rows) {
                throw new IllegalStateException("the ingest counted " + u.file().path("row_count") + " rows, expected " + rows);
            }
            total[r] = u.totalMs();
            ticket[r] = u.ticketMs();
            put[r] = u.putMs();
            afterPut[r] = u.totalMs() - u.ticketMs() - u.putMs();
            Long ingestMs = Services.get().files().requireReady(TenantId.of(BenchStack.TENANT), u.fileId()).ingestMs();
            reported[r] = ingestMs == null ? Double.NaN : ingestMs;
            rest[r] = afterPut[r] - reported[r];
            lastId = u.fileId();
            ctas[r] = bareDuckDb(csv, workDir.resolve("baseline-" + r), false, rows);
            ctasParquet[r] = bareDuckDb(csv, workDir.resolve("baseline-parquet-" + r), true, rows);
            System.err.printf(Locale.ROOT, "ingest run %d: pipeline %.0f ms, bare CTAS %.0f ms, CTAS+Parquet %.0f ms%n",
                    r + 1, total[r], ctas[r], ctasParquet[r]);
        }
        return new Result(rows, bytes, runs, Stats.of("pipeline", total), Stats.of("ticket", ticket), Stats.of("put", put),
                Stats.of("after put", afterPut), Stats.of("reported", reported), Stats.of("rest", rest),
                Stats.of("ctas", ctas),
                Stats.of("ctas+parquet", ctasParquet), lastId, stack.config().duckDbThreads(),
                stack.config().duckDbMemoryLimit());
    }

    /** {@code CREATE TABLE AS SELECT * FROM read_csv(…)} into a new database file; optionally also COPY to Parquet (zstd). */
    static double bareDuckDb(Path csv, Path dir, boolean parquet, long expectedRows) throws IOException, SQLException {
        Files.createDirectories(dir);
        Path db = dir.resolve("data.duckdb");
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE data AS SELECT * FROM read_csv('" + csv.toAbsolutePath() + "'" + CSV_OPTIONS + ")");
            if (parquet) {
                s.execute("COPY data TO '" + dir.resolve("data.parquet") + "' (FORMAT parquet, COMPRESSION zstd)");
            }
            try (var rs = s.executeQuery("SELECT count(*) FROM data")) {
                rs.next();
                if (rs.getLong(1) != expectedRows) {
                    throw new IllegalStateException("bare DuckDB loaded " + rs.getLong(1) + " rows");
                }
            }
        }
        double ms = Stats.millisSince(t0);
        BenchStack.deleteTree(dir);
        return ms;
    }

    static String markdown(Result r) {
        double mb = r.bytes() / 1e6;
        double pipelineS = r.total().median() / 1000;
        double ctasS = r.ctas().median() / 1000;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Input: %,d rows, %.1f MB CSV (8 columns). %d runs each, interleaved, after one "
                + "untimed warm-up upload (warm functions, as for the queries); medians (min–max). MB = 10^6 bytes. "
                + "The ingest function's DuckDB: `threads=%d`, `memory_limit=%s`; the baseline: DuckDB defaults "
                + "(`threads=%d`).%n%n", r.rows(), mb, r.runs(), r.functionThreads(), r.functionMemoryLimit(),
                Runtime.getRuntime().availableProcessors()));
        sb.append(Markdown.table("path", "median ms", "min–max ms", "MB/s", "rows/s", "vs bare CTAS")
                .row("**local stack**: upload request → presigned PUT → S3 event → ingest function → `GET` says ready",
                        Stats.ms(r.total().median()), range(r.total()), fmt(mb / pipelineS), rate(r.rows() / pipelineS),
                        Stats.ratio(r.total().median(), r.ctas().median()))
                .row("baseline: bare DuckDB `CREATE TABLE AS SELECT * FROM read_csv(…)` into a database file",
                        Stats.ms(r.ctas().median()), range(r.ctas()), fmt(mb / ctasS), rate(r.rows() / ctasS), "1.00×")
                .row("bare DuckDB CTAS + `COPY … (FORMAT parquet, COMPRESSION zstd)` (the converter's DuckDB work)",
                        Stats.ms(r.ctasAndParquet().median()), range(r.ctasAndParquet()),
                        fmt(mb / (r.ctasAndParquet().median() / 1000)), rate(r.rows() / (r.ctasAndParquet().median() / 1000)),
                        Stats.ratio(r.ctasAndParquet().median(), r.ctas().median()))
                .render());
        sb.append("\nWhere the pipeline's time goes (medians):\n\n");
        sb.append(Markdown.table("step", "median ms", "share")
                .row("`POST /files/upload` (presigned ticket: record + presign)", Stats.ms(r.ticket().median()),
                        share(r.ticket(), r.total()))
                .row("presigned `PUT` of the CSV to s3proxy", Stats.ms(r.put().median()), share(r.put(), r.total()))
                .row("after the PUT: event → ingest function → `GET` ready", Stats.ms(r.afterPut().median()),
                        share(r.afterPut(), r.total()))
                .row("  of which the ingest function's own `ingest_ms` (download original, sniff, DuckDB load, Parquet, "
                        + "upload both)", Stats.ms(r.functionReported().median()), share(r.functionReported(), r.total()))
                .row("  of which the rest: event delivery, profile on arrival (after `ingest_ms`), record update, `GET`",
                        Stats.ms(r.rest().median()), share(r.rest(), r.total()))
                .render());
        return sb.toString();
    }

    private static String range(Stats s) {
        return Stats.ms(s.min()) + "–" + Stats.ms(s.max());
    }

    private static String share(Stats part, Stats whole) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * part.median() / whole.median());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String rate(double rowsPerSecond) {
        return String.format(Locale.ROOT, "%,.0f", rowsPerSecond);
    }
}
