package ai.kai.forecast;

/**
 * Classical decomposition by moving averages (Kendall &amp; Stuart; R's {@code decompose}): a centred
 * {@code 2×m} moving average as trend, the seasonal figure as the mean detrended value at each position of the
 * cycle (counted from the first observation), centred to sum 0 (additive) or average 1 (multiplicative).
 */
final class Decomposition {
    private Decomposition() {
    }

    /** Trend (NaN where the moving average does not reach), seasonal and remainder series. */
    record Parts(double[] trend, double[] seasonal, double[] remainder, double[] figure) {
    }

    static Parts classical(double[] y, int m, boolean multiplicative) {
        int n = y.length;
        double[] trend = movingAverage(y, m);
        double[] figure = new double[m];
        int[] counts = new int[m];
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(trend[t])) {
                figure[t % m] += multiplicative ? y[t] / trend[t] : y[t] - trend[t];
                counts[t % m]++;
            }
        }
        double mean = 0;
        for (int i = 0; i < m; i++) {
            figure[i] /= counts[i];
            mean += figure[i] / m;
        }
        for (int i = 0; i < m; i++) {
            figure[i] = multiplicative ? figure[i] / mean : figure[i] - mean;
        }
        double[] seasonal = new double[n];
        double[] remainder = new double[n];
        for (int t = 0; t < n; t++) {
            seasonal[t] = figure[t % m];
            remainder[t] = multiplicative ? y[t] / (trend[t] * seasonal[t]) : y[t] - trend[t] - seasonal[t];
        }
        return new Parts(trend, seasonal, remainder, figure);
    }

    /** Centred moving average over one cycle (weights ½,1,…,1,½ over m+1 points when m is even). */
    static double[] movingAverage(double[] y, int m) {
        int n = y.length;
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        int half = m / 2;
        for (int t = half; t < n - half; t++) {
            double sum = 0;
            if (m % 2 == 0) {
                sum += 0.5 * y[t - half] + 0.5 * y[t + half];
                for (int j = -half + 1; j < half; j++) {
                    sum += y[t + j];
                }
            } else {
                for (int j = -half; j <= half; j++) {
                    sum += y[t + j];
                }
            }
            out[t] = sum / m;
        }
        return out;
    }

    static double variance(double[] x, int count) {
        double mean = 0;
        for (int i = 0; i < count; i++) {
            mean += x[i];
        }
        mean /= count;
        double ss = 0;
        for (int i = 0; i < count; i++) {
            ss += (x[i] - mean) * (x[i] - mean);
        }
        return ss / (count - 1);
    }
}
