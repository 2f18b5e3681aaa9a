package ai.kai.forecast;

import java.util.Arrays;

/**
 * Fits one seasonal ARIMA model the way R's {@code arima(method = "CSS-ML")} does: the series is differenced;
 * a mean or drift enters as a regression coefficient started at its least-squares value; conditional sum of
 * squares gives starting values; the exact likelihood ({@link ArmaKalman}) is then maximised by BFGS over AR
 * parameters mapped to the stationary region, with non-invertible MA parts reflected to invertible ones.
 * In CSS mode (auto.arima's approximation for long or high-frequency series) the second stage is skipped.
 */
final class ArimaEstimator {
    private static final int MAX_ITERATIONS = 100;
    private static final double REL_TOL = Math.sqrt(Math.ulp(1.0));
    private static final double STEP = 1e-3;

    private ArimaEstimator() {
    }

    /** Results of a CSS-only fit: enough to rank a model within the approximate search. */
    record CssFit(ArimaSpec spec, double[] coefficients, double sigma2) {
        boolean nearUnitRoots() {
            double[][] poly = ArmaPolynomials.expand(coefficients, spec);
            return !ArmaPolynomials.arStationary(poly[0], 0, poly[0].length, 1.01)
                    || !ArmaPolynomials.maInvertible(poly[1], 0, poly[1].length, 1.01);
        }
    }

    static double[] difference(double[] x, ArimaSpec s) {
        double[] w = x;
        for (int i = 0; i < s.d(); i++) {
            w = lagDifference(w, 1);
        }
        for (int i = 0; i < s.sd(); i++) {
            w = lagDifference(w, s.m());
        }
        return w;
    }

    /** The regression column of the constant: 1 for a mean, the time index 1..n for a drift. */
    static double[] constantColumn(ArimaSpec s, int n) {
        double[] c = new double[n];
        for (int t = 0; t < n; t++) {
            c[t] = s.d() + s.sd() == 0 ? 1 : t + 1;
        }
        return c;
    }

    static CssFit fitCss(double[] x, ArimaSpec s) {
        Problem problem = new Problem(x, s);
        if (problem.w.length <= s.parameterCount() + 1) {
            return null;
        }
        double[] par = problem.optimiseCss(false);
        if (par == null) {
            return null;
        }
        double sigma2 = Math.exp(2 * problem.css(par));
        return Double.isFinite(sigma2) && sigma2 > 0 ? new CssFit(s, par, sigma2) : null;
    }

    /** The maximum-likelihood fit, or null when the model cannot be fitted (as R's arima would fail). */
    static ArimaModel fit(double[] x, ArimaSpec s) {
        Problem problem = new Problem(x, s);
        if (problem.w.length <= s.parameterCount() + 1) {
            return null;
        }
        double[] init = problem.optimiseCss(true);
        if (init == null || !ArmaPolynomials.arStationary(init, 0, s.p(), 1)
                || !ArmaPolynomials.arStationary(init, s.p() + s.q(), s.sp(), 1)) {
            return null;
        }
        double[] raw = ArmaPolynomials.untransform(init, s);
        ArmaPolynomials.invertMa(raw, s.p(), s.q());
        ArmaPolynomials.invertMa(raw, s.p() + s.q() + s.sp(), s.sq());
        double[] best;
        try {
            best = problem.minimise(problem::likelihoodObjective, raw).point();
        } catch (IllegalArgumentException e) {
            return null;
        }
        ArmaPolynomials.invertMa(best, s.p(), s.q());
        ArmaPolynomials.invertMa(best, s.p() + s.q() + s.sp(), s.sq());
        double objective = problem.likelihoodObjective(best);
        if (!Double.isFinite(objective) || objective >= Double.MAX_VALUE) {
            return null;
        }
        double[] coef = ArmaPolynomials.transform(best, s);
        return ArimaModel.of(x, s, coef, problem.w, problem.reg, objective);
    }

    private static double[] lagDifference(double[] x, int lag) {
        double[] out = new double[Math.max(0, x.length - lag)];
        for (int t = lag; t < x.length; t++) {
            out[t - lag] = x[t] - x[t - lag];
        }
        return out;
    }

    /** The differenced data, the scaling of the parameters and the two objectives. */
    private static final class Problem {
        final ArimaSpec s;
        final double[] w;
        final double[] reg;
        final double[] start;
        final double[] scale;

        Problem(double[] x, ArimaSpec s) {
            this.s = s;
            this.w = difference(x, s);
            int k = s.parameterCount();
            this.start = new double[k];
            this.scale = new double[k];
            Arrays.fill(scale, 1);
            if (s.constant() && w.length > 1) {
                this.reg = difference(constantColumn(s, x.length), s);
                double sxy = 0;
                double sxx = 0;
                for (int t = 0; t < w.length; t++) {
                    sxy += w[t] * reg[t];
                    sxx += reg[t] * reg[t];
                }
                double beta = sxy / sxx;
                double rss = 0;
                for (int t = 0; t < w.length; t++) {
                    rss += Math.pow(w[t] - beta * reg[t], 2);
                }
                double se = Math.sqrt(rss / (w.length - 1) / sxx);
                start[k - 1] = beta;
                scale[k - 1] = se > 0 ? 10 * se : 1;
            } else {
                this.reg = null;
            }
        }

        /** CSS estimates; as starting values for ML, only a converged optimum replaces the initial values. */
        double[] optimiseCss(boolean asStart) {
            try {
                Optimum o = minimise(this::css, start.clone());
                return o.converged() || !asStart ? o.point() : start.clone();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        double[] adjusted(double[] par) {
            if (!s.constant()) {
                return w;
            }
            double beta = par[par.length - 1];
            double[] out = new double[w.length];
            for (int t = 0; t < w.length; t++) {
                out[t] = w[t] - beta * reg[t];
            }
            return out;
        }

        double css(double[] par) {
            double[][] poly = ArmaPolynomials.expand(par, s);
            double v = ArmaKalman.cssVariance(adjusted(par), poly[0], poly[1], poly[0].length);
            return 0.5 * Math.log(v);
        }

        double likelihoodObjective(double[] raw) {
            double[] par = ArmaPolynomials.transform(raw, s);
            double[][] poly = ArmaPolynomials.expand(par, s);
            double[][] p0 = ArmaKalman.stationaryCovariance(poly[0], poly[1]);
            if (p0 == null) {
                return Double.MAX_VALUE;
            }
            double value = ArmaKalman.likelihood(adjusted(par), poly[0], poly[1], p0).objective();
            return Double.isNaN(value) ? Double.MAX_VALUE : value;
        }

        /** BFGS over the scaled parameters {@code par/scale}, as R's optim with {@code parscale}. */
        Optimum minimise(java.util.function.ToDoubleFunction<double[]> f, double[] from) {
            if (from.length == 0) {
                return new Optimum(from, f.applyAsDouble(from), 1, true);
            }
            double[] z = new double[from.length];
            for (int i = 0; i < z.length; i++) {
                z[i] = from[i] / scale[i];
            }
            Optimum o = Bfgs.minimize(v -> f.applyAsDouble(unscale(v)), z, MAX_ITERATIONS, REL_TOL, STEP);
            return new Optimum(unscale(o.point()), o.value(), o.evaluations(), o.converged());
        }

        private double[] unscale(double[] z) {
            double[] out = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                out[i] = z[i] * scale[i];
            }
            return out;
        }
    }
}
