package ai.kai.forecast;

/**
 * Seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae &amp; Terpenning 1990), the non-robust
 * version with two inner passes and the default windows of R's {@code stl} (trend window
 * {@code nextodd(1.5m/(1 − 1.5/s))}, low-pass window {@code nextodd(m)}, loess evaluated every
 * {@code ceil(window/10)} points and interpolated between). auto.arima's seasonal-difference heuristic uses it
 * through {@code mstl} with a seasonal window of 11.
 */
final class Stl {
    private final int period;
    private final int seasonalWindow;
    private final int trendWindow;
    private final int lowPassWindow;

    Stl(int period, int seasonalWindow) {
        this.period = Math.max(2, period);
        this.seasonalWindow = odd(Math.max(3, seasonalWindow));
        this.trendWindow = odd(Math.max(3, nextOdd(Math.ceil(1.5 * period / (1 - 1.5 / seasonalWindow)))));
        this.lowPassWindow = odd(Math.max(3, nextOdd(period)));
    }

    /**
     * Strength of seasonality {@code max(0, 1 − Var(R)/Var(S+R))} (Wang, Smith &amp; Hyndman 2006) from the STL
     * decomposition with seasonal window 11, as R's {@code mstl}; 0 for fewer than two full cycles plus one.
     */
    static double seasonalStrength(double[] y, int m) {
        if (m < 2 || y.length < 2 * m + 1) {
            return 0;
        }
        double[][] parts = new Stl(m, 11).decompose(y);
        int n = y.length;
        double[] remainder = new double[n];
        double[] seasonalPlusRemainder = new double[n];
        for (int t = 0; t < n; t++) {
            remainder[t] = y[t] - parts[0][t] - parts[1][t];
            seasonalPlusRemainder[t] = y[t] - parts[1][t];
        }
        double total = Decomposition.variance(seasonalPlusRemainder, n);
        if (!(total > 0)) {
            return 0;
        }
        return Math.max(0, Math.min(1, 1 - Decomposition.variance(remainder, n) / total));
    }

    /** Seasonal and trend components of {@code y} (remainder = y − seasonal − trend). */
    double[][] decompose(double[] y) {
        int n = y.length;
        int np = period;
        double[] trend = new double[n];
        double[] seasonal = new double[n];
        int sJump = (int) Math.ceil(seasonalWindow / 10.0);
        int tJump = (int) Math.ceil(trendWindow / 10.0);
        int lJump = (int) Math.ceil(lowPassWindow / 10.0);
        for (int pass = 0; pass < 2; pass++) {
            double[] detrended = new double[n];
            for (int i = 0; i < n; i++) {
                detrended[i] = y[i] - trend[i];
            }
            double[] cycle = cycleSubseries(detrended, np, sJump);
            double[] low = movingAverage(movingAverage(movingAverage(cycle, np), np), 3);
            low = smooth(low, lowPassWindow, 1, lJump);
            double[] adjusted = new double[n];
            for (int i = 0; i < n; i++) {
                seasonal[i] = cycle[np + i] - low[i];
                adjusted[i] = y[i] - seasonal[i];
            }
            trend = smooth(adjusted, trendWindow, 1, tJump);
        }
        return new double[][] {seasonal, trend};
    }

    /** Loess of each cycle-subseries (degree 0), extended by one point at each end: length n + 2·np. */
    private double[] cycleSubseries(double[] y, int np, int jump) {
        int n = y.length;
        double[] out = new double[n + 2 * np];
        for (int j = 0; j < np; j++) {
            int k = (n - j - 1) / np + 1;
            double[] sub = new double[k];
            for (int i = 0; i < k; i++) {
                sub[i] = y[i * np + j];
            }
            double[] smoothed = smooth(sub, seasonalWindow, 0, jump);
            double first = estimate(sub, seasonalWindow, 0, 0, 1, Math.min(seasonalWindow, k));
            double last = estimate(sub, seasonalWindow, 0, k + 1, Math.max(1, k - seasonalWindow + 1), k);
            out[j] = Double.isNaN(first) ? smoothed[0] : first;
            for (int i = 0; i < k; i++) {
                out[(i + 1) * np + j] = smoothed[i];
            }
            out[(k + 1) * np + j] = Double.isNaN(last) ? smoothed[k - 1] : last;
        }
        return out;
    }

    /** Loess smoothing of {@code y} at every point, evaluated every {@code jump} points (1-based positions). */
    static double[] smooth(double[] y, int window, int degree, int jump) {
        int n = y.length;
        double[] out = new double[n];
        if (n < 2) {
            out[0] = y[0];
            return out;
        }
        int step = Math.min(jump, n - 1);
        int half = (window + 1) / 2;
        int left = 1;
        int right = Math.min(window, n);
        for (int i = 1; i <= n; i += step) {
            if (window >= n) {
                left = 1;
                right = n;
            } else if (step == 1) {
                if (i > half && right != n) {
                    left++;
                    right++;
                }
            } else if (i < half) {
                left = 1;
                right = window;
            } else if (i >= n - half + 1) {
                left = n - window + 1;
                right = n;
            } else {
                left = i - half + 1;
                right = window + i - half;
            }
            double v = estimate(y, window, degree, i, left, right);
            out[i - 1] = Double.isNaN(v) ? y[i - 1] : v;
        }
        if (step != 1) {
            for (int i = 1; i <= n - step; i += step) {
                double delta = (out[i + step - 1] - out[i - 1]) / step;
                for (int j = i + 1; j < i + step; j++) {
                    out[j - 1] = out[i - 1] + delta * (j - i);
                }
            }
            int k = ((n - 1) / step) * step + 1;
            if (k != n) {
                double v = estimate(y, window, degree, n, left, right);
                out[n - 1] = Double.isNaN(v) ? y[n - 1] : v;
                if (k != n - 1) {
                    double delta = (out[n - 1] - out[k - 1]) / (n - k);
                    for (int j = k + 1; j < n; j++) {
                        out[j - 1] = out[k - 1] + delta * (j - k);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Tricube-weighted local fit (constant or line) at position {@code xs} from the points {@code left..right}
     * (1-based); NaN when no point has weight.
     */
    static double estimate(double[] y, int window, int degree, double xs, int left, int right) {
        int n = y.length;
        double h = Math.max(xs - left, right - xs);
        if (window > n) {
            h += (window - n) / 2;
        }
        double h9 = 0.999 * h;
        double h1 = 0.001 * h;
        double[] w = new double[right - left + 1];
        double total = 0;
        for (int j = left; j <= right; j++) {
            double r = Math.abs(j - xs);
            if (r <= h9) {
                w[j - left] = r <= h1 ? 1 : Math.pow(1 - Math.pow(r / h, 3), 3);
                total += w[j - left];
            }
        }
        if (total <= 0) {
            return Double.NaN;
        }
        for (int j = 0; j < w.length; j++) {
            w[j] /= total;
        }
        if (h > 0 && degree > 0) {
            double a = 0;
            for (int j = left; j <= right; j++) {
                a += w[j - left] * j;
            }
            double c = 0;
            for (int j = left; j <= right; j++) {
                c += w[j - left] * (j - a) * (j - a);
            }
            if (Math.sqrt(c) > 0.001 * (n - 1)) {
                double b = (xs - a) / c;
                for (int j = left; j <= right; j++) {
                    w[j - left] *= b * (j - a) + 1;
                }
            }
        }
        double v = 0;
        for (int j = left; j <= right; j++) {
            v += w[j - left] * y[j - 1];
        }
        return v;
    }

    private static double[] movingAverage(double[] x, int length) {
        double[] out = new double[x.length - length + 1];
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += x[i];
        }
        out[0] = sum / length;
        for (int i = 1; i < out.length; i++) {
            sum += x[i + length - 1] - x[i - 1];
            out[i] = sum / length;
        }
        return out;
    }

    private static int nextOdd(double x) {
        int v = (int) Math.round(x);
        return v % 2 == 0 ? v + 1 : v;
    }

    private static int odd(int v) {
        return v % 2 == 0 ? v + 1 : v;
    }
}
