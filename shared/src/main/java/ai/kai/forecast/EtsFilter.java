package ai.kai.forecast;

/**
 * The ETS recursions in error-correction form (Hyndman, Koehler, Ord &amp; Snyder 2008, ch. 2 and 7), with the
 * conventions of R's forecast package so that likelihoods agree: the state is {@code [level, slope?, s1..sm]}
 * with {@code s1} the most recent seasonal state; the "likelihood" is {@code n·log(Σe²)} plus
 * {@code 2·Σlog|ŷ|} for multiplicative errors (−2·log-likelihood up to a constant), where {@code e} is
 * {@code y − ŷ} or {@code (y − ŷ)/ŷ}. Divisions by near-zero states give a huge value instead of infinity.
 */
final class EtsFilter {
    private static final double TOL = 1e-10;
    private static final double HUGE = 1e10;

    private EtsFilter() {
    }

    /** Smoothing parameters of one model; beta, gamma and phi are ignored where the model has no such part. */
    record Params(double alpha, double beta, double gamma, double phi) {
    }

    /**
     * Runs the filter over {@code y} from {@code state} (updated in place to the final state) and returns the
     * likelihood criterion, or NaN when the recursion breaks down (a negative slope with a multiplicative trend,
     * a non-finite forecast). {@code errors} receives the innovations when not null.
     */
    static double run(double[] y, EtsSpec spec, int m, Params p, double[] state, double[] errors) {
        int n = y.length;
        boolean trend = spec.hasTrend();
        boolean seasonal = spec.hasSeason();
        int s0 = trend ? 2 : 1;
        double phi = spec.damped() ? p.phi() : 1;
        double level = state[0];
        double slope = trend ? state[1] : 0;
        // seasonal states in a ring: ring[(head + j) % m] is s_(j+1); the oldest, s_m, is used next
        double[] ring = seasonal ? java.util.Arrays.copyOfRange(state, s0, s0 + m) : null;
        int head = 0;
        double sumSquares = 0;
        double sumLog = 0;
        for (int t = 0; t < n; t++) {
            int oldestAt = seasonal ? (head + m - 1) % m : 0;
            double oldest = seasonal ? ring[oldestAt] : 0;
            double phib = trend ? phi * slope : 0;
            double q = level + phib;
            double f = switch (spec.season()) {
                case 'A' -> q + oldest;
                case 'M' -> q * oldest;
                default -> q;
            };
            if (!Double.isFinite(f)) {
                return Double.NaN;
            }
            double e = spec.multiplicativeError() ? (y[t] - f) / f : y[t] - f;
            if (errors != null) {
                errors[t] = e;
            }
            sumSquares += e * e;
            sumLog += Math.log(Math.abs(f));
            double adjusted = switch (spec.season()) {
                case 'A' -> y[t] - oldest;
                case 'M' -> Math.abs(oldest) < TOL ? HUGE : y[t] / oldest;
                default -> y[t];
            };
            double newLevel = q + p.alpha() * (adjusted - q);
            if (trend) {
                slope = phib + (p.beta() / p.alpha()) * (newLevel - level - phib);
            }
            level = newLevel;
            if (seasonal) {
                double ratio = spec.season() == 'A' ? y[t] - q : (Math.abs(q) < TOL ? HUGE : y[t] / q);
                ring[oldestAt] = oldest + p.gamma() * (ratio - oldest);
                head = oldestAt;
            }
        }
        state[0] = level;
        if (trend) {
            state[1] = slope;
        }
        if (seasonal) {
            for (int j = 0; j < m; j++) {
                state[s0 + j] = ring[(head + j) % m];
            }
        }
        double criterion = n * Math.log(sumSquares);
        return spec.multiplicativeError() ? criterion + 2 * sumLog : criterion;
    }

    /** Point forecasts 1..h ahead from a final state: {@code (l + φ_h·b) ∘ s}, {@code φ_h = φ + … + φ^h}. */
    static double[] forecast(double[] state, EtsSpec spec, int m, double phiParam, int horizon) {
        boolean trend = spec.hasTrend();
        int s0 = trend ? 2 : 1;
        double phi = spec.damped() ? phiParam : 1;
        double[] f = new double[horizon];
        double phiSum = phi;
        double phiPower = phi;
        for (int i = 0; i < horizon; i++) {
            double value = trend ? state[0] + phiSum * state[1] : state[0];
            if (spec.hasSeason()) {
                int j = Math.floorMod(m - 1 - i, m);
                value = spec.season() == 'A' ? value + state[s0 + j] : value * state[s0 + j];
            }
            f[i] = value;
            phiPower *= phi;
            phiSum += phiPower;
        }
        return f;
    }
}
