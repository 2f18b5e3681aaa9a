package ai.kai.forecast.bench;

import static ai.kai.forecast.bench.ForecastAccuracyBenchmark.fmt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The Markdown section of the forecast benchmark. */
final class BenchmarkReport {
    private static final List<String> COLUMNS =
            List.of("snaive", "ets", "arima", "prophet", "auto", "r_snaive", "r_ets", "r_auto_arima");
    private static final List<String> HEADERS =
            List.of("snaive", "ets", "arima", "prophet", "**auto**", "R snaive", "R ets", "R auto.arima");

    private BenchmarkReport() {
    }

    static String markdown(List<BenchmarkSplit> splits, List<ForecastAccuracyBenchmark.Score> scores,
                           RForecastBaseline.Result r, ForecastAccuracyBenchmark.Throughput t, double coldMillis,
                           Path out) {
        List<String> columns = COLUMNS.stream().filter(c -> scores.stream().anyMatch(s -> s.model().equals(c))).toList();
        StringBuilder md = new StringBuilder();
        md.append("## Forecasting: accuracy against seasonal naive and R, fit time, throughput\n\n");
        md.append(String.format(Locale.ROOT, "Run %s on %d cores (load average %s when the run ended: the machine "
                        + "was shared, so wall times are inflated; CPU times of the calling thread are given beside "
                        + "them), Java %s, single-threaded; R baseline: %s.%n%n",
                ForecastAccuracyBenchmark.today(), Runtime.getRuntime().availableProcessors(), loadAverage(),
                System.getProperty("java.version"), r.unavailable() == null ? r.version() : r.unavailable()));
        md.append("```\nmvn -B -q -f shared/pom.xml test-compile exec:java -Dexec.classpathScope=test \\\n"
                + "    -Dexec.mainClass=ai.kai.forecast.bench.ForecastAccuracyBenchmark -Dexec.args=\"--series=" + t.count()
                + " --out=" + out.getFileName() + "\"\n```\n\n");
        md.append("Series: the eight of `shared/data/forecast` (R datasets). Each model forecasts a hold-out of the last "
                + "two seasons (24 monthly or 8 quarterly points; 6 points for the annual series) from the rest. "
                + "MASE divides the MAE by the in-sample MAE of the seasonal naive forecast on the training part (lag 1 "
                + "for annual data); sMAPE is `200·|y−f|/(|y|+|f|)` in %. Java models run through `ForecastService` "
                + "(snaive/ets/arima/prophet with `withoutBacktest()`, so the time is fit + forecast; `auto` includes "
                + "the rolling-origin backtest it selects by, with origins inside the training part: no model sees the "
                + "hold-out). R runs `snaive()`, `ets()` and `auto.arima()` with "
                + "defaults on the same training parts in the same run; all metrics are computed by the same Java "
                + "code. Lower is better; the best of each row is in bold.\n\n");
        table(md, "MASE on the hold-out", splits, scores, columns, s -> s.accuracy().mase());
        table(md, "sMAPE (%) on the hold-out", splits, scores, columns, s -> s.accuracy().smape());
        summary(md, splits, scores, columns);
        chosen(md, splits, scores);
        times(md, splits, scores, columns, coldMillis);
        throughput(md, t);
        return md.toString();
    }

    private static void table(StringBuilder md, String title, List<BenchmarkSplit> splits,
                              List<ForecastAccuracyBenchmark.Score> scores, List<String> columns,
                              ToDoubleFunction<ForecastAccuracyBenchmark.Score> metric) {
        md.append("### ").append(title).append("\n\n| series | n | h |");
        columns.forEach(c -> md.append(' ').append(HEADERS.get(COLUMNS.indexOf(c))).append(" |"));
        md.append("\n|---|---:|---:|").append("---:|".repeat(columns.size())).append('\n');
        for (BenchmarkSplit split : splits) {
            md.append("| ").append(split.name()).append(" | ").append(split.train().length).append(" | ")
                    .append(split.horizon()).append(" |");
            double best = columns.stream().mapToDouble(c -> value(scores, split.name(), c, metric)).min().orElse(0);
            for (String c : columns) {
                double v = value(scores, split.name(), c, metric);
                md.append(' ').append(v == best ? "**" + fmt(v) + "**" : fmt(v)).append(" |");
            }
            md.append('\n');
        }
        md.append("| **mean** | | |");
        for (String c : columns) {
            md.append(' ').append(fmt(mean(splits, scores, c, metric))).append(" |");
        }
        md.append("\n\n");
    }

    private static void summary(StringBuilder md, List<BenchmarkSplit> splits,
                                List<ForecastAccuracyBenchmark.Score> scores, List<String> columns) {
        md.append("### Summary\n\n| model | mean MASE | mean sMAPE % | series where MASE beats snaive | "
                + "beats R ets | beats R auto.arima | mean fit CPU ms | mean fit wall ms |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String c : columns) {
            md.append("| ").append(HEADERS.get(COLUMNS.indexOf(c))).append(" | ")
                    .append(fmt(mean(splits, scores, c, s -> s.accuracy().mase()))).append(" | ")
                    .append(fmt(mean(splits, scores, c, s -> s.accuracy().smape()))).append(" | ")
                    .append(wins(splits, scores, c, "snaive")).append(" | ")
                    .append(wins(splits, scores, c, "r_ets")).append(" | ")
                    .append(wins(splits, scores, c, "r_auto_arima")).append(" | ")
                    .append(fmt(mean(splits, scores, c, ForecastAccuracyBenchmark.Score::cpuMillis))).append(" | ")
                    .append(fmt(mean(splits, scores, c, ForecastAccuracyBenchmark.Score::millis))).append(" |\n");
        }
        md.append('\n');
    }

    private static void chosen(StringBuilder md, List<BenchmarkSplit> splits, List<ForecastAccuracyBenchmark.Score> scores) {
        md.append("### Models fitted\n\n| series | ets | R ets | arima | R auto.arima | auto chose |\n|---|---|---|---|---|---|\n");
        for (BenchmarkSplit split : splits) {
            md.append("| ").append(split.name());
            for (String c : List.of("ets", "r_ets", "arima", "r_auto_arima", "auto")) {
                md.append(" | ").append(scores.stream().filter(s -> s.series().equals(split.name()) && s.model().equals(c))
                        .map(ForecastAccuracyBenchmark.Score::method).findFirst().orElse("–"));
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    private static void times(StringBuilder md, List<BenchmarkSplit> splits, List<ForecastAccuracyBenchmark.Score> scores,
                              List<String> columns, double coldMillis) {
        md.append("### Fit + forecast CPU time per series (ms, after JIT warm-up; wall time in the summary)\n\n"
                + "| series | n |");
        columns.forEach(c -> md.append(' ').append(HEADERS.get(COLUMNS.indexOf(c))).append(" |"));
        md.append("\n|---|---:|").append("---:|".repeat(columns.size())).append('\n');
        for (BenchmarkSplit split : splits) {
            md.append("| ").append(split.name()).append(" | ").append(split.train().length).append(" |");
            for (String c : columns) {
                md.append(' ').append(fmt(value(scores, split.name(), c, ForecastAccuracyBenchmark.Score::cpuMillis)))
                        .append(" |");
            }
            md.append('\n');
        }
        md.append(String.format(Locale.ROOT, "%nThe first call of the run (auto on %s, with our classes loading and "
                + "not yet compiled; exec:java runs inside Maven's already warm JVM) took %.0f ms wall.%n%n",
                splits.get(0).name(), coldMillis));
    }

    private static void throughput(StringBuilder md, ForecastAccuracyBenchmark.Throughput t) {
        List<String> chosen = new ArrayList<>();
        t.chosen().forEach((k, v) -> chosen.add(k + " " + v));
        md.append(String.format(Locale.ROOT, "### Throughput: `auto` on %d series%n%n"
                        + "%d windows resampled from the eight series (random source, start and length ≥ max(30, "
                        + "3 seasons + hold-out), rescaled; seed 42; mean training length %.0f; they overlap, so they are not independent data), each "
                        + "forecasting its "
                        + "hold-out with `model: auto` one after another on one thread: **%.1f s wall (%.1f s CPU) in "
                        + "total, %.1f series/s wall (%.1f per CPU-second)**; per series (wall) mean %.0f ms, median "
                        + "%.0f ms, p95 %.0f ms, max %.0f ms. On these windows auto's "
                        + "mean MASE is %.2f against %.2f for seasonal naive (auto better on %d of %d). Chosen: %s.%n%n",
                t.count(), t.count(), t.meanLength(), t.totalSeconds(), t.cpuSeconds(), t.count() / t.totalSeconds(),
                t.count() / t.cpuSeconds(),
                meanOf(t.sortedMillis()), t.percentile(0.5), t.percentile(0.95), t.sortedMillis()[t.count() - 1],
                t.autoMase(), t.naiveMase(), t.autoWins(), t.count(), String.join(", ", chosen)));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double meanOf(double[] values) {
        return java.util.Arrays.stream(values).average().orElse(0);
    }

    private static double value(List<ForecastAccuracyBenchmark.Score> scores, String series, String model,
                                ToDoubleFunction<ForecastAccuracyBenchmark.Score> metric) {
        return scores.stream().filter(s -> s.series().equals(series) && s.model().equals(model)).mapToDouble(metric)
                .findFirst().orElse(Double.NaN);
    }

    private static double mean(List<BenchmarkSplit> splits, List<ForecastAccuracyBenchmark.Score> scores, String model,
                               ToDoubleFunction<ForecastAccuracyBenchmark.Score> metric) {
        return splits.stream().mapToDouble(s -> value(scores, s.name(), model, metric)).average().orElse(Double.NaN);
    }

    private static String wins(List<BenchmarkSplit> splits, List<ForecastAccuracyBenchmark.Score> scores, String model,
                               String against) {
        if (model.equals(against) || scores.stream().noneMatch(s -> s.model().equals(against))) {
            return "–";
        }
        long wins = splits.stream().filter(s -> value(scores, s.name(), model, x -> x.accuracy().mase())
                < value(scores, s.name(), against, x -> x.accuracy().mase())).count();
        return wins + "/" + splits.size();
    }
}
