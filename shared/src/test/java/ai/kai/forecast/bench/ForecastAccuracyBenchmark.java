package ai.kai.forecast.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.kai.forecast.Accuracy;
import ai.kai.forecast.ForecastData;
import ai.kai.forecast.ForecastRequest;
import ai.kai.forecast.ForecastResult;
import ai.kai.forecast.ForecastService;
import ai.kai.forecast.ModelChoice;

/**
 * Forecast accuracy and speed on the reference series of {@code shared/data/forecast}: the last two seasons
 * (six points for annual data) are held out; each model forecasts them from the rest; MASE and sMAPE are
 * compared with seasonal naive and with R's {@code ets} and {@code auto.arima} run on the same splits in the same
 * run; then {@code auto} runs on resampled series for throughput. Writes Markdown (not a test: run it by hand).
 *
 * <pre>
 * mvn -B -q -f shared/pom.xml test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ai.kai.forecast.bench.ForecastAccuracyBenchmark [-Dexec.args="--series=1000 --out=FILE --no-r"]
 * </pre>
 */
public final class ForecastAccuracyBenchmark {
    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    static final List<ModelChoice> MODELS =
            List.of(ModelChoice.SNAIVE, ModelChoice.ETS, ModelChoice.ARIMA, ModelChoice.PROPHET, ModelChoice.AUTO);

    /** Accuracy and time of one model on one split. */
    record Score(String series, String model, String method, Accuracy accuracy, double millis, double cpuMillis) {
    }

    private ForecastAccuracyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = 1000;
        boolean withR = true;
        Path out = repositoryRoot().resolve("BENCHMARKS-forecast.md");
        for (String arg : args) {
            if (arg.startsWith("--series=")) {
                count = Integer.parseInt(arg.substring(9));
            } else if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring(6));
            } else if (arg.equals("--no-r")) {
                withR = false;
            }
        }
        ForecastService service = new ForecastService();
        List<ForecastData.Series> data = ForecastData.names().stream().map(ForecastData::load).toList();
        List<BenchmarkSplit> splits = data.stream().map(BenchmarkSplit::holdOut).toList();
        long t0 = System.nanoTime();
        run(service, splits.get(0), ModelChoice.AUTO);
        double coldMillis = (System.nanoTime() - t0) / 1e6;
        for (BenchmarkSplit split : splits) {
            for (ModelChoice model : MODELS) {
                run(service, split, model);
            }
        }
        List<Score> scores = new ArrayList<>();
        for (BenchmarkSplit split : splits) {
            for (ModelChoice model : MODELS) {
                long cpu = CPU.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                ForecastResult result = run(service, split, model);
                double millis = (System.nanoTime() - start) / 1e6;
                double cpuMillis = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
                scores.add(new Score(split.name(), model.label(), result.modelName(),
                        accuracy(split, result.forecastValues().stream().mapToDouble(Double::doubleValue).toArray()),
                        millis, cpuMillis));
            }
        }
        RForecastBaseline.Result r = withR ? RForecastBaseline.run(splits)
                : new RForecastBaseline.Result(Map.of(), null, "skipped (--no-r)");
        for (BenchmarkSplit split : splits) {
            r.runs().getOrDefault(split.name(), Map.of()).forEach((model, run) -> scores.add(
                    new Score(split.name(), model, run.method(), accuracy(split, run.forecast()), 1000 * run.seconds(),
                            1000 * run.cpuSeconds())));
        }
        Throughput throughput = Throughput.measure(service, splits, data, count);
        String markdown = BenchmarkReport.markdown(splits, scores, r, throughput, coldMillis, out);
        Files.writeString(out, markdown);
        System.out.println(markdown);
        System.out.println("written to " + out.toAbsolutePath());
    }

    static ForecastResult run(ForecastService service, BenchmarkSplit split, ModelChoice model) {
        ForecastRequest request = ForecastRequest.of(split.trainTimes(), split.boxedTrain(), split.horizon())
                .withModel(model).withFrequency(split.frequency());
        return service.forecast(model == ModelChoice.AUTO ? request : request.withoutBacktest());
    }

    static Accuracy accuracy(BenchmarkSplit split, double[] forecast) {
        return Accuracy.of(split.test(), forecast, split.train(), split.period());
    }

    /** The directory holding {@code shared/pom.xml}, above the working directory. */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("shared").resolve("pom.xml"))) {
                return p;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** Auto on many resampled series, one after another, as one function instance would serve them. */
    record Throughput(int count, double meanLength, double totalSeconds, double cpuSeconds, double[] sortedMillis,
                      double autoMase, double naiveMase, int autoWins, Map<String, Integer> chosen) {

        static Throughput measure(ForecastService service, List<BenchmarkSplit> splits,
                                  List<ForecastData.Series> data, int count) {
            List<double[]> full = data.stream().map(ForecastData.Series::values).toList();
            List<BenchmarkSplit> many = ResampledSeries.generate(splits, full, count, 42);
            double[] millis = new double[count];
            double autoMase = 0;
            double naiveMase = 0;
            int wins = 0;
            Map<String, Integer> chosen = new LinkedHashMap<>();
            long started = System.nanoTime();
            long cpuStarted = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < count; i++) {
                BenchmarkSplit s = many.get(i);
                long t = System.nanoTime();
                ForecastResult result = run(service, s, ModelChoice.AUTO);
                millis[i] = (System.nanoTime() - t) / 1e6;
                double[] f = result.forecastValues().stream().mapToDouble(Double::doubleValue).toArray();
                double[] naive = new double[s.horizon()];
                for (int k = 0; k < naive.length; k++) {
                    int lag = s.period() > 1 ? s.period() : 1;
                    naive[k] = s.train()[s.train().length - lag + k % lag];
                }
                double a = accuracy(s, f).mase();
                double b = accuracy(s, naive).mase();
                autoMase += a / count;
                naiveMase += b / count;
                wins += a < b ? 1 : 0;
                chosen.merge(result.model(), 1, Integer::sum);
            }
            double total = (System.nanoTime() - started) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            Arrays.sort(millis);
            double meanLength = many.stream().mapToInt(s -> s.train().length).average().orElse(0);
            return new Throughput(count, meanLength, total, cpu, millis, autoMase, naiveMase, wins, chosen);
        }

        double percentile(double p) {
            return sortedMillis[Math.min(sortedMillis.length - 1, (int) Math.ceil(p * sortedMillis.length) - 1)];
        }
    }

    static String today() {
        return LocalDate.now().toString();
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }
}
