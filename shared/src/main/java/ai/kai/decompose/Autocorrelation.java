package ai.kai.decompose;

import java.util.Optional;

/**
 * Sample autocorrelation and a seasonal period read from it, for series without time stamps. The series is
 * differenced once (so that a trend does not make every lag look correlated) and the changes are limited to
 * ±3 robust SDs (so that a few spikes cannot drown the pattern); then the period is the highest local maximum of
 * the autocorrelation function of height at least {@value #MIN_PEAK}, or the smallest divisor of it (give or take
 * a lag from 6 on) that peaks at 80 % of that height and again one period later (so that the fundamental period
 * wins over its multiples). At least three full cycles are
 * required, and periods up to {@value #MAX_PERIOD} are considered (which keeps long series fast).
 */
public final class Autocorrelation {
    static final double MIN_PEAK = 0.3;
    static final int MAX_PERIOD = 1000;

    private Autocorrelation() {
    }

    /** A period found in the data and the autocorrelation (of the differenced series) at that lag. */
    public record DetectedPeriod(int period, double autocorrelation) {
    }

    /** Sample autocorrelations r(0..maxLag) with the usual denominator n (as R's {@code acf}). */
    public static double[] acf(double[] x, int maxLag) {
        int n = x.length;
        double mean = 0.0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double c0 = 0.0;
        for (double v : x) {
            c0 += (v - mean) * (v - mean);
        }
        double[] r = new double[maxLag + 1];
        if (c0 == 0.0) {
            return r;
        }
        for (int k = 0; k <= maxLag; k++) {
            double ck = 0.0;
            for (int t = 0; t + k < n; t++) {
                ck += (x[t] - mean) * (x[t + k] - mean);
            }
            r[k] = ck / c0;
        }
        return r;
    }

    /** The seasonal period suggested by the autocorrelation of the differenced series, if any. */
    public static Optional<DetectedPeriod> seasonalPeriod(double[] y) {
        int n = y.length - 1;
        int maxLag = Math.min(n / 3, MAX_PERIOD);
        if (maxLag < 3) {
            return Optional.empty();
        }
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) {
            diff[i] = y[i + 1] - y[i];
        }
        double[] r = acf(winsorized(diff, 3.0), maxLag + 2);
        int best = -1;
        for (int k = 2; k <= maxLag; k++) {
            if (isPeak(r, k) && r[k] >= MIN_PEAK && (best < 0 || r[k] > r[best])) {
                best = k;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        for (int d = 2; d < best; d++) {
            if (best % d != 0) {
                continue;
            }
            int slack = d >= 6 ? 1 : 0; // a broad peak may sit one lag off
            for (int c = d - slack; c <= d + slack; c++) {
                if (isPeak(r, c) && r[c] >= Math.max(MIN_PEAK, 0.8 * r[best]) && repeats(r, d, slack, maxLag)) {
                    return Optional.of(new DetectedPeriod(d, r[c]));
                }
            }
        }
        return Optional.of(new DetectedPeriod(best, r[best]));
    }

    /** A true period peaks again one period later (within a lag); differencing noise makes lone early peaks. */
    private static boolean repeats(double[] r, int d, int slack, int maxLag) {
        int next = 2 * d;
        if (next + slack > maxLag) {
            return true;
        }
        for (int c = next - slack; c <= next + slack; c++) {
            if (isPeak(r, c)) {
                return true;
            }
        }
        return false;
    }

    /** x limited to median ± limit × 1.4826 × MAD. */
    static double[] winsorized(double[] x, double limit) {
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        double median = middle(sorted);
        double[] dev = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            dev[i] = Math.abs(x[i] - median);
        }
        java.util.Arrays.sort(dev);
        double bound = limit * 1.482602218505602 * middle(dev);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.max(median - bound, Math.min(median + bound, x[i]));
        }
        return out;
    }

    private static double middle(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static boolean isPeak(double[] r, int k) {
        return r[k] > r[k - 1] && r[k] >= r[k + 1];
    }
}
