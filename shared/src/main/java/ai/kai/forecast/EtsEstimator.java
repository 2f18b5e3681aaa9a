package ai.kai.forecast;

import java.util.Arrays;

/**
 * Maximum-likelihood estimation of one ETS model, with R's {@code ets} defaults: the smoothing parameters and
 * the initial states are estimated together by Nelder–Mead (2000 evaluations, relative tolerance √ε) from
 * {@link EtsInitialState}; parameters must satisfy both the usual bounds (1e-4 ≤ β ≤ α ≤ 0.9999,
 * γ ≤ 1 − α, 0.8 ≤ φ ≤ 0.98) and the admissible region (forecastability, Hyndman et al. 2008 ch. 10).
 */
final class EtsEstimator {
    static final double LOWER = 1e-4;
    static final double UPPER = 0.9999;
    static final double PHI_LOWER = 0.8;
    static final double PHI_UPPER = 0.98;
    private static final int MAX_EVALUATIONS = 2000;
    private static final double REL_TOL = Math.sqrt(Math.ulp(1.0));

    private EtsEstimator() {
    }

    /** The fitted model, or null when the model has too many parameters for the data or cannot be fitted. */
    static EtsModel fit(double[] y, EtsSpec spec, int period) {
        int m = spec.hasSeason() ? period : 1;
        int n = y.length;
        double[] start = startingParameters(spec, m);
        double[] states = EtsInitialState.estimate(y, spec, m);
        double[] x0 = concat(start, states);
        if (x0.length >= n - 1) {
            return null;
        }
        int free = start.length;
        Objective objective = new Objective(y, spec, m, free);
        if (!Double.isFinite(objective.value(x0))) {
            return null;
        }
        Optimum optimum = NelderMead.minimize(objective::value, x0, MAX_EVALUATIONS, REL_TOL);
        if (!(optimum.value() < NelderMead.BIG)) {
            return null;
        }
        double[] x = optimum.point();
        EtsFilter.Params params = objective.params(x);
        double[] initial = objective.fullState(x);
        double[] state = initial.clone();
        double[] errors = new double[n];
        double lik = EtsFilter.run(y, spec, m, params, state, errors);
        if (!Double.isFinite(lik)) {
            return null;
        }
        return EtsModel.of(y, spec, m, params, initial, state, errors, lik, x.length);
    }

    /** R's {@code initparam}: α = 0.2/m of its range, β = 0.1 of α's, γ = 0.05 of 1 − α's, φ near its top. */
    static double[] startingParameters(EtsSpec spec, int m) {
        double alpha = LOWER + 0.2 * (UPPER - LOWER) / m;
        double[] p = new double[1 + (spec.hasTrend() ? 1 : 0) + (spec.hasSeason() ? 1 : 0) + (spec.damped() ? 1 : 0)];
        int i = 0;
        p[i++] = alpha;
        if (spec.hasTrend()) {
            double upper = Math.min(UPPER, alpha);
            double beta = LOWER + 0.1 * (upper - LOWER);
            p[i++] = beta < 0 || beta > alpha ? alpha - 0.001 : beta;
        }
        if (spec.hasSeason()) {
            double upper = Math.min(UPPER, 1 - alpha);
            double gamma = LOWER + 0.05 * (upper - LOWER);
            p[i++] = gamma < 0 || gamma > 1 - alpha ? 1 - alpha - 0.001 : gamma;
        }
        if (spec.damped()) {
            p[i] = PHI_LOWER + 0.99 * (PHI_UPPER - PHI_LOWER);
        }
        return p;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The criterion as a function of the packed vector {@code [α, β?, γ?, φ?, l, b?, s0..s(m-2)]}. */
    private static final class Objective {
        private final double[] y;
        private final EtsSpec spec;
        private final int m;
        private final int free;
        private final double[] work;

        Objective(double[] y, EtsSpec spec, int m, int free) {
            this.y = y;
            this.spec = spec;
            this.m = m;
            this.free = free;
            this.work = new double[(spec.hasTrend() ? 2 : 1) + (spec.hasSeason() ? m : 0)];
        }

        EtsFilter.Params params(double[] x) {
            int i = 1;
            double beta = spec.hasTrend() ? x[i++] : 0;
            double gamma = spec.hasSeason() ? x[i++] : 0;
            double phi = spec.damped() ? x[i] : 1;
            return new EtsFilter.Params(x[0], beta, gamma, phi);
        }

        double[] fullState(double[] x) {
            double[] state = new double[work.length];
            System.arraycopy(x, free, state, 0, x.length - free);
            if (spec.hasSeason()) {
                int s0 = spec.hasTrend() ? 2 : 1;
                double sum = 0;
                for (int j = s0; j < state.length - 1; j++) {
                    sum += state[j];
                }
                state[state.length - 1] = (spec.season() == 'M' ? m : 0) - sum;
            }
            return state;
        }

        double value(double[] x) {
            EtsFilter.Params p = params(x);
            if (!EtsAdmissibility.withinBounds(spec, p) || !EtsAdmissibility.admissible(spec, p, m)) {
                return Double.POSITIVE_INFINITY;
            }
            double[] state = fullState(x);
            if (spec.season() == 'M') {
                for (int j = spec.hasTrend() ? 2 : 1; j < state.length; j++) {
                    if (state[j] < 0) {
                        return Double.POSITIVE_INFINITY;
                    }
                }
            }
            System.arraycopy(state, 0, work, 0, state.length);
            double lik = EtsFilter.run(y, spec, m, p, work, null);
            if (Double.isNaN(lik)) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.max(lik, -1e10);
        }
    }
}
