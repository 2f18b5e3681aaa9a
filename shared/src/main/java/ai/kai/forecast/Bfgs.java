package ai.kai.forecast;

import java.util.function.ToDoubleFunction;

/**
 * Variable-metric (BFGS) minimisation in the arrangement of Nash, "Compact Numerical Methods for Computers"
 * (1990), Algorithm 21 — the one R's {@code optim(method = "BFGS")} and hence {@code stats::arima} use: an
 * inverse-Hessian estimate started at the identity, a backtracking line search (step × 0.2, Armijo constant
 * 1e-4), a restart after an uphill direction or a failed curvature condition, and a stop when the relative
 * change of the value falls below {@code relTol}. Gradients are central differences with step {@code h}.
 */
final class Bfgs {
    private static final double STEP_REDUCTION = 0.2;
    private static final double ACCEPTANCE = 1e-4;
    private static final double REL_TEST = 10.0;

    private Bfgs() {
    }

    static Optimum minimize(ToDoubleFunction<double[]> f, double[] start, int maxIterations, double relTol, double h) {
        int n = start.length;
        double[] x = start.clone();
        double fx = f.applyAsDouble(x);
        if (!Double.isFinite(fx)) {
            throw new IllegalArgumentException("the objective is not finite at the starting point");
        }
        int evaluations = 1;
        double[] g = gradient(f, x, h);
        evaluations += 2 * n;
        int gradients = 1;
        int iterations = 1;
        int lastReset = gradients;
        double[][] b = new double[n][n];
        int unchanged;
        do {
            if (lastReset == gradients) {
                for (int i = 0; i < n; i++) {
                    java.util.Arrays.fill(b[i], 0);
                    b[i][i] = 1;
                }
            }
            double[] t = new double[n];
            double slope = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s -= b[i][j] * g[j];
                }
                t[i] = s;
                slope += s * g[i];
            }
            if (slope < 0) {
                double step = 1;
                boolean accepted = false;
                double[] trial = x;
                double ft = fx;
                do {
                    trial = new double[n];
                    unchanged = 0;
                    for (int i = 0; i < n; i++) {
                        trial[i] = x[i] + step * t[i];
                        if (REL_TEST + x[i] == REL_TEST + trial[i]) {
                            unchanged++;
                        }
                    }
                    if (unchanged < n) {
                        ft = f.applyAsDouble(trial);
                        evaluations++;
                        accepted = Double.isFinite(ft) && ft <= fx + slope * step * ACCEPTANCE;
                        if (!accepted) {
                            step *= STEP_REDUCTION;
                        }
                    }
                } while (!(unchanged == n || accepted));
                boolean enough = Math.abs(ft - fx) > relTol * (Math.abs(fx) + relTol);
                if (!enough) {
                    unchanged = n;
                    if (accepted) {
                        x = trial;
                        fx = ft;
                    }
                }
                if (unchanged < n) {
                    double[] g1 = gradient(f, trial, h);
                    evaluations += 2 * n;
                    gradients++;
                    iterations++;
                    double[] s = new double[n];
                    double[] y = new double[n];
                    double sy = 0;
                    for (int i = 0; i < n; i++) {
                        s[i] = step * t[i];
                        y[i] = g1[i] - g[i];
                        sy += s[i] * y[i];
                    }
                    if (sy > 0) {
                        double[] by = new double[n];
                        double yby = 0;
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j < n; j++) {
                                by[i] += b[i][j] * y[j];
                            }
                            yby += by[i] * y[i];
                        }
                        double d2 = 1 + yby / sy;
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j < n; j++) {
                                b[i][j] += (d2 * s[i] * s[j] - by[i] * s[j] - s[i] * by[j]) / sy;
                            }
                        }
                    } else {
                        lastReset = gradients;
                    }
                    x = trial;
                    fx = ft;
                    g = g1;
                } else if (lastReset < gradients) {
                    unchanged = 0;
                    lastReset = gradients;
                }
            } else {
                unchanged = 0;
                if (lastReset == gradients) {
                    unchanged = n;
                } else {
                    lastReset = gradients;
                }
            }
            if (iterations >= maxIterations) {
                return new Optimum(x, fx, evaluations, false);
            }
            if (gradients - lastReset > 2 * n) {
                lastReset = gradients;
            }
        } while (unchanged != n || lastReset != gradients);
        return new Optimum(x, fx, evaluations, true);
    }

    static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        double[] g = new double[x.length];
        double[] probe = x.clone();
        for (int i = 0; i < x.length; i++) {
            probe[i] = x[i] + h;
            double up = f.applyAsDouble(probe);
            probe[i] = x[i] - h;
            double down = f.applyAsDouble(probe);
            probe[i] = x[i];
            g[i] = (up - down) / (2 * h);
            if (!Double.isFinite(g[i])) {
                throw new IllegalArgumentException("non-finite finite-difference gradient");
            }
        }
        return g;
    }
}
