package ai.kai.forecast;

/**
 * The parameter region of an ETS model: the "usual" bounds and the admissible (forecastable) region of
 * Hyndman, Akram &amp; Archibald (2008), whose seasonal case asks that a characteristic polynomial have its
 * roots inside the unit circle.
 */
final class EtsAdmissibility {
    private EtsAdmissibility() {
    }

    static boolean withinBounds(EtsSpec spec, EtsFilter.Params p) {
        if (p.alpha() < EtsEstimator.LOWER || p.alpha() > EtsEstimator.UPPER) {
            return false;
        }
        if (spec.hasTrend() && (p.beta() < EtsEstimator.LOWER || p.beta() > p.alpha() || p.beta() > EtsEstimator.UPPER)) {
            return false;
        }
        if (spec.damped() && (p.phi() < EtsEstimator.PHI_LOWER || p.phi() > EtsEstimator.PHI_UPPER)) {
            return false;
        }
        return !spec.hasSeason()
                || !(p.gamma() < EtsEstimator.LOWER || p.gamma() > 1 - p.alpha() || p.gamma() > EtsEstimator.UPPER);
    }

    static boolean admissible(EtsSpec spec, EtsFilter.Params p, int m) {
        double alpha = p.alpha();
        double phi = spec.damped() ? p.phi() : 1;
        if (phi < 0 || phi > 1 + 1e-8) {
            return false;
        }
        if (!spec.hasSeason() || m <= 1) {
            if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
                return false;
            }
            return !spec.hasTrend() || (p.beta() >= alpha * (phi - 1) && p.beta() <= (1 + phi) * (2 - alpha));
        }
        double beta = spec.hasTrend() ? p.beta() : 0;
        double gamma = p.gamma();
        if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) {
            return false;
        }
        if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) {
            return false;
        }
        if (beta < -(1 - phi) * (gamma / m + alpha)) {
            return false;
        }
        double[] c = new double[m + 2];
        c[0] = phi * (1 - alpha - gamma);
        c[1] = alpha + beta - alpha * phi + gamma - 1;
        for (int j = 2; j < m; j++) {
            c[j] = alpha + beta - alpha * phi;
        }
        c[m] = alpha + beta - phi;
        c[m + 1] = 1;
        return Polynomials.rootsInside(c, 1 + 1e-10);
    }
}
