package ai.kai.profile.bench;

import static ai.kai.profile.bench.ProfileBenchmark.fmt;
import static ai.kai.profile.bench.ProfileBenchmark.median;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import ai.kai.profile.ColumnProfile;
import ai.kai.profile.DatasetProfile;

/** The Markdown section the benchmark writes. */
final class BenchReport {
    private BenchReport() {
    }

    static String markdown(long rows, long csvBytes, long dbBytes, double generateSeconds, double ingestSeconds,
                           double[] summarizeMs, double[] profileMs, ProfileBenchmark.Peak summarizePeak,
                           ProfileBenchmark.Peak profilePeak, DatasetProfile p, long reportBytes, String loadBefore,
                           String loadAfter, String duckdb, String command) {
        double ratio = median(profileMs) / median(summarizeMs);
        StringBuilder md = new StringBuilder();
        md.append(fmt("## Profile vs SUMMARIZE — %,d rows × %d columns%n%n", rows, p.columnCount()));
        md.append(fmt("Measured %s on %d CPUs (%s), %s RAM, JDK %s, DuckDB %s (default threads and memory limit)."
                        + " The machine is shared with other work: load average %s before and %s after.%n%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpuModel(), memTotal(),
                Runtime.version(), duckdb, loadBefore, loadAfter));
        md.append("| step | time | size |\n|---|---|---|\n");
        md.append(fmt("| generate the CSV (DuckDB `COPY`) | %.1f s | %.1f MiB |%n", generateSeconds, mib(csvBytes)));
        md.append(fmt("| ingest: `DatasetConverter` CSV → `data.duckdb` (+ Parquet) | %.1f s | %.1f MiB |%n%n",
                ingestSeconds, mib(dbBytes)));
        md.append("Same table, same JVM and connection (`ATTACH … (READ_ONLY)` as the query sandbox does), one"
                + " warm-up each, then alternating timed runs:\n\n");
        md.append("| run | `SUMMARIZE data` | full profile | profile / SUMMARIZE |\n|---|---|---|---|\n");
        for (int i = 0; i < profileMs.length; i++) {
            md.append(fmt("| %d | %.0f ms | %.0f ms | %.2f× |%n", i + 1, summarizeMs[i], profileMs[i],
                    profileMs[i] / summarizeMs[i]));
        }
        md.append(fmt("| **median** | **%.0f ms** | **%.0f ms** | **%.2f×** |%n%n", median(summarizeMs),
                median(profileMs), ratio));
        md.append(fmt("Peak memory per phase: Java heap %.0f MiB (SUMMARIZE) vs %.0f MiB (profile); process RSS"
                        + " high-water mark %s vs %s (DuckDB's memory is native, so RSS is the figure that matters).%n%n",
                mib(summarizePeak.heapBytes), mib(profilePeak.heapBytes), rss(summarizePeak), rss(profilePeak)));
        md.append(fmt("Target: profile within 3× of SUMMARIZE — **%s** (%.2f×).%n%n", ratio <= 3 ? "met" : "not met",
                ratio));
        md.append(whatMore(p, reportBytes));
        md.append("\nCommand:\n\n```bash\n").append(command).append("\n```\n");
        return md.toString();
    }

    private static String whatMore(DatasetProfile p, long reportBytes) {
        long histograms = p.columns().stream().filter(c -> c.histogram() != null).count();
        long tops = p.columns().stream().filter(c -> c.topValues() != null).count();
        long exact = p.columns().stream().filter(c -> c.distinct() != null && c.distinct().exact()).count();
        long quantiled = p.columns().stream().filter(c -> c.numeric() != null && c.numeric().quantiles() != null)
                .count();
        StringBuilder s = new StringBuilder("What each reports: SUMMARIZE gives per column min, max, approx_unique"
                + " (HyperLogLog with 64 registers), avg, std, approximate q25/q50/q75, count and null %. The"
                + " profile gives, in addition: ");
        s.append(fmt("exact distinct counts for %d of %d columns; 7 exact quantiles, skewness, kurtosis, zeros,"
                        + " negatives and Tukey outliers for %d numeric columns; %d histograms; top-%d values with"
                        + " counts for %d columns; string lengths and numeric-/date-like counts for text; date"
                        + " ranges and granularity; duplicate rows (%d); %d Pearson correlations; semantic types;"
                        + " %d alerts; and a %.0f KiB self-contained HTML report.%n", exact, p.columnCount(),
                quantiled, histograms, 10, tops, p.duplicateRows(), p.correlations().size(), p.alerts().size(),
                reportBytes / 1024.0));
        s.append("Per column (semantic type, distinct):");
        for (ColumnProfile c : p.columns()) {
            s.append(fmt(" %s %s %s%d;", c.name(), c.semanticType().wire(), c.distinct().exact() ? "" : "≈",
                    c.distinct().value()));
        }
        return s.append("\n").toString();
    }

    private static String rss(ProfileBenchmark.Peak peak) {
        if (peak.rssKb < 0) {
            return "n/a";
        }
        return fmt("%.0f MiB%s", peak.rssKb / 1024.0, peak.rssPerPhase ? "" : " (process peak, could not reset)");
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> fmt("%.0f GiB", Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
