package ai.kai.forecast.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Many series for the throughput run, resampled from the reference series: a random window (at least three
 * seasons plus the hold-out, at least 30 points) of a random source, rescaled by a random factor in
 * [e^-1, e], from a fixed seed.
 */
final class ResampledSeries {
    private ResampledSeries() {
    }

    static List<BenchmarkSplit> generate(List<BenchmarkSplit> sources, List<double[]> fullValues, int count, long seed) {
        Random random = new Random(seed);
        List<BenchmarkSplit> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int k = random.nextInt(sources.size());
            BenchmarkSplit source = sources.get(k);
            double[] full = fullValues.get(k);
            int m = source.period();
            int h = source.horizon();
            int minimum = Math.min(full.length, Math.max(30, 3 * m + h));
            int length = minimum + random.nextInt(full.length - minimum + 1);
            int start = random.nextInt(full.length - length + 1);
            double scale = Math.exp(2 * random.nextDouble() - 1);
            double[] window = Arrays.stream(Arrays.copyOfRange(full, start, start + length)).map(v -> v * scale).toArray();
            List<java.time.LocalDateTime> times = new ArrayList<>();
            for (int t = 0; t < length; t++) {
                times.add(source.frequency().step(source.trainTimes().get(0), start + t));
            }
            out.add(BenchmarkSplit.of(source.name() + "#" + i, source.frequency(), times, window));
        }
        return out;
    }
}
