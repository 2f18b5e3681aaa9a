package ai.kai.bench;

import java.util.Arrays;
import java.util.Locale;

/** Measured durations of one thing, in milliseconds, with the order statistics the report uses. */
public record Stats(String label, double[] millis) {

    public Stats {
        if (millis.length == 0) {
            throw new IllegalArgumentException("no samples for " + label);
        }
        millis = millis.clone();
        Arrays.sort(millis);
    }

    public static Stats of(String label, double... millis) {
        return new Stats(label, millis);
    }

    public int count() {
        return millis.length;
    }

    /** The middle value; the mean of the two middle values for an even count. */
    public double median() {
        int n = millis.length;
        return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    }

    /** Nearest-rank 90th percentile: the smallest sample with at least 90 % of the samples at or below it. */
    public double p90() {
        return percentile(0.90);
    }

    public double percentile(double p) {
        int rank = (int) Math.ceil(p * millis.length);
        return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
    }

    public double min() {
        return millis[0];
    }

    public double max() {
        return millis[millis.length - 1];
    }

    public double mean() {
        return Arrays.stream(millis).average().orElseThrow();
    }

    /** {@code 12.3} for small values, {@code 1234} for large ones: enough digits to compare, no false precision. */
    public static String ms(double millis) {
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%.0f", millis);
        }
        if (millis >= 10) {
            return String.format(Locale.ROOT, "%.1f", millis);
        }
        return String.format(Locale.ROOT, "%.2f", millis);
    }

    public static String ratio(double value, double baseline) {
        return String.format(Locale.ROOT, "%.2f×", value / baseline);
    }

    public static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Runs {@code action} {@code warmup} times unmeasured, then {@code iterations} times measured. */
    public static Stats measure(String label, int warmup, int iterations, ThrowingRunnable action) {
        try {
            for (int i = 0; i < warmup; i++) {
                action.run();
            }
            double[] samples = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                action.run();
                samples[i] = millisSince(t0);
            }
            return new Stats(label, samples);
        } catch (Exception e) {
            throw new IllegalStateException(label + " failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
