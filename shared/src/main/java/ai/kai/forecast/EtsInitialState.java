package ai.kai.forecast;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Starting values for the ETS states, as in Hyndman et al. (2002, §2.6) and R's {@code ets}: seasonal states
 * from a classical decomposition (a linear trend plus one Fourier pair when there are fewer than three
 * seasons), level and slope from a straight line through the first {@code max(10, 2m)} seasonally adjusted
 * values. Returns {@code [l, b?, s0..s(m-2)]}; the last seasonal state follows from the normalisation.
 */
final class EtsInitialState {
    private EtsInitialState() {
    }

    static double[] estimate(double[] y, EtsSpec spec, int m) {
        int n = y.length;
        double[] adjusted = y;
        double[] seasonStates = new double[0];
        if (spec.hasSeason()) {
            boolean multiplicative = spec.season() == 'M';
            double[] seasonal = n < 3 * m ? fourierSeasonal(y, m, multiplicative)
                    : Decomposition.classical(y, m, multiplicative).seasonal();
            seasonStates = new double[m - 1];
            for (int i = 0; i < m - 1; i++) {
                seasonStates[i] = seasonal[m - 1 - i];
            }
            adjusted = new double[n];
            if (multiplicative) {
                double sum = 0;
                for (int i = 0; i < m - 1; i++) {
                    seasonStates[i] = Math.max(seasonStates[i], 0.01);
                    sum += seasonStates[i];
                }
                if (sum > m) {
                    double divisor = sum + 0.01 * (m - 1);
                    for (int i = 0; i < m - 1; i++) {
                        seasonStates[i] /= divisor;
                    }
                }
                for (int t = 0; t < n; t++) {
                    adjusted[t] = y[t] / Math.max(seasonal[t], 0.01);
                }
            } else {
                for (int t = 0; t < n; t++) {
                    adjusted[t] = y[t] - seasonal[t];
                }
            }
        }
        int first = Math.min(Math.max(10, 2 * m), n);
        double[] out = new double[(spec.hasTrend() ? 2 : 1) + seasonStates.length];
        if (spec.hasTrend()) {
            double[] line = straightLine(adjusted, first);
            double level = line[0];
            double slope = line[1];
            if (Math.abs(level + slope) < 1e-8) {
                level *= 1 + 1e-3;
                slope *= 1 - 1e-3;
            }
            out[0] = level;
            out[1] = slope;
        } else {
            double sum = 0;
            for (int t = 0; t < first; t++) {
                sum += adjusted[t];
            }
            out[0] = sum / first;
        }
        System.arraycopy(seasonStates, 0, out, out.length - seasonStates.length, seasonStates.length);
        return out;
    }

    /** Intercept and slope of the least-squares line through {@code (t, y[t-1])}, t = 1..k. */
    private static double[] straightLine(double[] y, int k) {
        double meanT = (k + 1) / 2.0;
        double meanY = 0;
        for (int t = 0; t < k; t++) {
            meanY += y[t] / k;
        }
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < k; t++) {
            sxy += (t + 1 - meanT) * (y[t] - meanY);
            sxx += (t + 1 - meanT) * (t + 1 - meanT);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {meanY - slope * meanT, slope};
    }

    /** Seasonal part from a regression on a linear trend and one Fourier pair (for short series). */
    private static double[] fourierSeasonal(double[] y, int m, boolean multiplicative) {
        int n = y.length;
        boolean withSine = m > 2;
        double[][] x = new double[n][withSine ? 3 : 2];
        for (int t = 0; t < n; t++) {
            double angle = 2 * Math.PI * (t + 1) / m;
            x[t][0] = t + 1;
            x[t][1] = Math.cos(angle);
            if (withSine) {
                x[t][2] = Math.sin(angle);
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double[] seasonal = new double[n];
        for (int t = 0; t < n; t++) {
            double line = beta[0] + beta[1] * (t + 1);
            seasonal[t] = multiplicative ? y[t] / line : y[t] - line;
        }
        return seasonal;
    }
}
