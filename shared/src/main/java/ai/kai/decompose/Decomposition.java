package ai.kai.decompose;

/**
 * An additive decomposition {@code observed = trend + seasonal + remainder}, with STL's robustness weights
 * (1 where the point was trusted fully, 0 where it was treated as an outlier; all 1 without outer iterations).
 * Arrays are owned by the record: callers must not modify them.
 */
public record Decomposition(int period, double[] observed, double[] trend, double[] seasonal, double[] remainder,
                            double[] weights) {

    public int length() {
        return observed.length;
    }

    /** trend + seasonal at index i: the value the decomposition expects there. */
    public double fitted(int i) {
        return trend[i] + seasonal[i];
    }

    /**
     * Strength of seasonality F_s = max(0, 1 - Var(R) / Var(S + R)) (Wang, Smith & Hyndman 2006; Hyndman &
     * Athanasopoulos, FPP3 §4.3): near 0 without seasonality, near 1 when the seasonal pattern dominates.
     */
    public double seasonalStrength() {
        return strength(seasonal, remainder);
    }

    /** Strength of trend F_t = max(0, 1 - Var(R) / Var(T + R)). */
    public double trendStrength() {
        return strength(trend, remainder);
    }

    /**
     * Like {@link #seasonalStrength()} but with the remainder limited to ±{@code limit} × its robust scale
     * (1.4826 × median |R|), so that a handful of outliers cannot hide a seasonal pattern.
     */
    public double seasonalStrengthRobust(double limit) {
        return strength(seasonal, clipped(remainder, limit));
    }

    /** The remainder limited to ±{@code limit} × its robust scale (1.4826 × median |R|). */
    public double[] clippedRemainder(double limit) {
        return clipped(remainder, limit);
    }

    static double strength(double[] component, double[] remainder) {
        double[] sum = new double[remainder.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = component[i] + remainder[i];
        }
        double total = variance(sum);
        if (total == 0.0) {
            return 0.0;
        }
        return Math.max(0.0, 1.0 - variance(remainder) / total);
    }

    static double[] clipped(double[] r, double limit) {
        double[] abs = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            abs[i] = Math.abs(r[i]);
        }
        java.util.Arrays.sort(abs);
        int n = abs.length;
        double median = n % 2 == 1 ? abs[n / 2] : (abs[n / 2 - 1] + abs[n / 2]) / 2.0;
        double bound = limit * 1.482602218505602 * median;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(-bound, Math.min(bound, r[i]));
        }
        return out;
    }

    static double variance(double[] x) {
        double mean = 0.0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0.0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }
}
