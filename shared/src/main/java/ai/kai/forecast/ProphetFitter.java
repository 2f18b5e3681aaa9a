package ai.kai.forecast;

/**
 * Maximum a posteriori fit of the Prophet-style model with Prophet's default priors: Laplace(0, 0.05) on the
 * changepoint rate changes (an L1 penalty: few, sparse trend changes), Normal(0, 10) on seasonal, holiday and
 * regressor coefficients, Normal(0, 5) on the base slope and offset, half-Normal(0, 0.5) on the noise σ. The
 * L1 term is handled by iteratively reweighted ridge regression ({@code |δ| ≈ δ²/|δ_prev|}), alternating with
 * the closed-form σ update; each step solves one small linear system.
 */
final class ProphetFitter {
    static final double CHANGEPOINT_PRIOR_SCALE = 0.05;
    static final double SEASONALITY_PRIOR_SCALE = 10;
    static final double TREND_PRIOR_SCALE = 5;
    static final double SIGMA_PRIOR_SCALE = 0.5;
    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-9;
    private static final double L1_FLOOR = 1e-8;

    private ProphetFitter() {
    }

    static ProphetModel fit(ModelInput input) {
        ProphetDesign design = new ProphetDesign(input);
        double[] y = input.y();
        int n = y.length;
        int p = design.columns;
        double[][] xtx = new double[p][p];
        double[] xty = new double[p];
        double[][] rows = new double[n][];
        for (int t = 0; t < n; t++) {
            double[] x = design.row(t);
            rows[t] = x;
            double ys = y[t] / design.yScale;
            for (int i = 0; i < p; i++) {
                xty[i] += x[i] * ys;
                for (int j = i; j < p; j++) {
                    xtx[i][j] += x[i] * x[j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                xtx[i][j] = xtx[j][i];
            }
        }
        double sigma2 = variance(y) / (design.yScale * design.yScale);
        sigma2 = sigma2 > 0 ? sigma2 : 1e-4;
        double[] beta = new double[p];
        double[] l1Scale = new double[p];
        java.util.Arrays.fill(l1Scale, 1);
        double previousObjective = Double.POSITIVE_INFINITY;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] a = new double[p][];
            for (int i = 0; i < p; i++) {
                a[i] = xtx[i].clone();
                a[i][i] += penalty(design, i, sigma2, l1Scale[i]);
            }
            double[] solved = LinearSolver.solve(a, xty);
            if (solved == null) {
                break;
            }
            beta = solved;
            double sse = sse(rows, y, design.yScale, beta);
            double s4 = 1 / (SIGMA_PRIOR_SCALE * SIGMA_PRIOR_SCALE);
            sigma2 = Math.max((-n + Math.sqrt((double) n * n + 4 * s4 * sse)) / (2 * s4), 1e-12);
            for (int j = design.firstChangepoint; j < design.firstSeasonal; j++) {
                l1Scale[j] = Math.abs(beta[j]) + L1_FLOOR;
            }
            double objective = objective(design, beta, sse, sigma2, n);
            if (Math.abs(previousObjective - objective) < TOLERANCE * (Math.abs(objective) + TOLERANCE)) {
                break;
            }
            previousObjective = objective;
        }
        double[] fitted = new double[n];
        for (int t = 0; t < n; t++) {
            fitted[t] = dot(rows[t], beta) * design.yScale;
        }
        return new ProphetModel(input, design, beta, Math.sqrt(sigma2), fitted);
    }

    /** The ridge weight of column i, on the scale of the sum of squares (objective multiplied by 2σ²). */
    private static double penalty(ProphetDesign design, int i, double sigma2, double l1Scale) {
        if (i < design.firstChangepoint) {
            return sigma2 / (TREND_PRIOR_SCALE * TREND_PRIOR_SCALE);
        }
        if (i < design.firstSeasonal) {
            return sigma2 / CHANGEPOINT_PRIOR_SCALE / l1Scale;
        }
        return sigma2 / (SEASONALITY_PRIOR_SCALE * SEASONALITY_PRIOR_SCALE);
    }

    /** The negative log posterior (up to a constant). */
    private static double objective(ProphetDesign design, double[] beta, double sse, double sigma2, int n) {
        double value = 0.5 * n * Math.log(sigma2) + sse / (2 * sigma2) + sigma2 / (2 * SIGMA_PRIOR_SCALE * SIGMA_PRIOR_SCALE);
        for (int i = 0; i < beta.length; i++) {
            if (i < design.firstChangepoint) {
                value += beta[i] * beta[i] / (2 * TREND_PRIOR_SCALE * TREND_PRIOR_SCALE);
            } else if (i < design.firstSeasonal) {
                value += Math.abs(beta[i]) / CHANGEPOINT_PRIOR_SCALE;
            } else {
                value += beta[i] * beta[i] / (2 * SEASONALITY_PRIOR_SCALE * SEASONALITY_PRIOR_SCALE);
            }
        }
        return value;
    }

    private static double sse(double[][] rows, double[] y, double scale, double[] beta) {
        double s = 0;
        for (int t = 0; t < rows.length; t++) {
            double e = y[t] / scale - dot(rows[t], beta);
            s += e * e;
        }
        return s;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double variance(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        return ss / Math.max(1, y.length - 1);
    }
}
