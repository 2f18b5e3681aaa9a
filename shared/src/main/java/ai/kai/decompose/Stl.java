package ai.kai.decompose;

import java.util.Arrays;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Seasonal-trend decomposition by loess, STL (R. B. Cleveland, W. S. Cleveland, J. E. McRae, I. Terpenning,
 * "STL: A Seasonal-Trend Decomposition Procedure Based on Loess", Journal of Official Statistics 6(1), 1990).
 * <p>
 * The inner loop (§2.2) alternates detrending, cycle-subseries smoothing (extended by one period at each end),
 * a low-pass filter (moving averages of length n(p), n(p), 3 and a loess) whose output is removed from the
 * smoothed subseries, deseasonalising and trend smoothing. The outer loop (§2.3) computes robustness weights
 * {@code B(|R| / (6 median|R|))} with the bisquare B, used by the next inner loops. Results match R's
 * {@code stats::stl} with the same parameters, including its treatment of {@code s.window = "periodic"}
 * (seasonal window 10n + 1, then the seasonal component replaced by its cycle means).
 */
public final class Stl {
    private Stl() {
    }

    /** Decomposes {@code y} (finite values, more than two full periods) into trend, seasonal and remainder. */
    public static Decomposition decompose(double[] y, StlParameters p) {
        int n = y.length;
        int np = p.period();
        if (n <= 2 * np) {
            throw new KaiException(ErrorCode.TOO_FEW_POINTS, "a seasonal decomposition with period " + np
                    + " needs more than two full periods, at least " + (2 * np + 1) + " values; got " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new KaiException(ErrorCode.NON_NUMERIC_VALUE, "value at index " + i + " is not a finite number");
            }
        }
        int ns = odd(Math.max(3, p.periodic() ? 10 * n + 1 : p.seasonalWindow()));
        int sJump = p.periodic() ? StlParameters.jumpFor(10 * n + 1) : p.seasonalJump();
        int sDegree = p.periodic() ? 0 : p.seasonalDegree();
        Smoothing s = new Smoothing(n, np, ns, sDegree, sJump, odd(Math.max(3, p.trendWindow())), p.trendDegree(),
                p.trendJump(), odd(Math.max(3, p.lowPassWindow())), p.lowPassDegree(), p.lowPassJump());

        double[] trend = new double[n];
        double[] seasonal = new double[n];
        double[] weights = null;
        for (int k = 0; ; k++) {
            s.innerLoop(y, p.innerIterations(), weights, seasonal, trend);
            if (k + 1 > p.outerIterations()) {
                break;
            }
            weights = robustnessWeights(y, trend, seasonal);
        }
        if (weights == null) {
            weights = new double[n];
            Arrays.fill(weights, 1.0);
        }
        if (p.periodic()) {
            seasonal = cycleMeans(seasonal, np);
        }
        double[] remainder = new double[n];
        for (int i = 0; i < n; i++) {
            remainder[i] = y[i] - seasonal[i] - trend[i];
        }
        return new Decomposition(np, y.clone(), trend, seasonal, remainder, weights);
    }

    /** Bisquare weights of |R| / h with h = 6 median|R| (§2.3); the median from the two middle order statistics. */
    static double[] robustnessWeights(double[] y, double[] trend, double[] seasonal) {
        int n = y.length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = Math.abs(y[i] - trend[i] - seasonal[i]);
        }
        double[] sorted = r.clone();
        Arrays.sort(sorted);
        int mid1 = n / 2 + 1;
        int mid2 = n - mid1 + 1;
        double cmad = 3.0 * (sorted[mid1 - 1] + sorted[mid2 - 1]);
        double c9 = 0.999 * cmad;
        double c1 = 0.001 * cmad;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            if (r[i] <= c1) {
                w[i] = 1.0;
            } else if (r[i] <= c9) {
                double u = r[i] / cmad;
                double t = 1.0 - u * u;
                w[i] = t * t;
            } else {
                w[i] = 0.0;
            }
        }
        return w;
    }

    private static double[] cycleMeans(double[] seasonal, int np) {
        double[] sums = new double[np];
        int[] counts = new int[np];
        for (int i = 0; i < seasonal.length; i++) {
            sums[i % np] += seasonal[i];
            counts[i % np]++;
        }
        double[] out = new double[seasonal.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = sums[i % np] / counts[i % np];
        }
        return out;
    }

    private static int odd(int w) {
        return w % 2 == 0 ? w + 1 : w;
    }

    /** The smoothers of one decomposition and their scratch space. */
    private record Smoothing(int n, int np, int ns, int sDegree, int sJump, int nt, int tDegree, int tJump,
                             int nl, int lDegree, int lJump) {

        void innerLoop(double[] y, int iterations, double[] rw, double[] seasonal, double[] trend) {
            double[] detrended = new double[n];
            double[] cycles = new double[n + 2 * np];
            double[] lowPass = new double[n];
            double[] scratch = new double[n + 2 * np];
            for (int it = 0; it < iterations; it++) {
                for (int i = 0; i < n; i++) {
                    detrended[i] = y[i] - trend[i];
                }
                cycleSubseries(detrended, rw, cycles);
                double[] filtered = movingAverages(cycles);
                StlLoess.smooth(filtered, n, nl, lDegree, lJump, null, lowPass, 0, scratch);
                for (int i = 0; i < n; i++) {
                    seasonal[i] = cycles[np + i] - lowPass[i];
                    detrended[i] = y[i] - seasonal[i];
                }
                StlLoess.smooth(detrended, n, nt, tDegree, tJump, rw, trend, 0, scratch);
            }
        }

        /** Smooths each cycle-subseries and extends it by one value at each end (§2.2, step 2). */
        private void cycleSubseries(double[] y, double[] rw, double[] out) {
            int maxLen = (n - 1) / np + 1;
            double[] sub = new double[maxLen];
            double[] subW = rw == null ? null : new double[maxLen];
            double[] smoothed = new double[maxLen + 2];
            double[] w = new double[maxLen];
            for (int j = 0; j < np; j++) {
                int k = (n - 1 - j) / np + 1;
                for (int i = 0; i < k; i++) {
                    sub[i] = y[i * np + j];
                    if (subW != null) {
                        subW[i] = rw[i * np + j];
                    }
                }
                StlLoess.smooth(sub, k, ns, sDegree, sJump, subW, smoothed, 1, w);
                double first = StlLoess.estimate(sub, k, ns, sDegree, 0, 1, Math.min(ns, k), w, subW);
                smoothed[0] = Double.isNaN(first) ? smoothed[1] : first;
                double last = StlLoess.estimate(sub, k, ns, sDegree, k + 1, Math.max(1, k - ns + 1), k, w, subW);
                smoothed[k + 1] = Double.isNaN(last) ? smoothed[k] : last;
                for (int m = 0; m < k + 2; m++) {
                    out[m * np + j] = smoothed[m];
                }
            }
        }

        /** Moving averages of length np, np and 3 over the n + 2np extended values: n values remain. */
        private double[] movingAverages(double[] x) {
            double[] a = movingAverage(x, x.length, np);
            double[] b = movingAverage(a, a.length, np);
            return movingAverage(b, b.length, 3);
        }

        private static double[] movingAverage(double[] x, int len, int window) {
            int m = len - window + 1;
            double[] out = new double[m];
            double v = 0.0;
            for (int i = 0; i < window; i++) {
                v += x[i];
            }
            out[0] = v / window;
            for (int j = 1; j < m; j++) {
                v = v - x[j - 1] + x[j + window - 1];
                out[j] = v / window;
            }
            return out;
        }
    }
}
