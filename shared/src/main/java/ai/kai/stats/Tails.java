package ai.kai.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Tail probabilities and quantiles from Commons Math, always evaluated on the small side (no {@code 1 - cdf}),
 * so that small p-values keep their relative precision. Distributions are built without a random generator:
 * nothing is sampled, and nothing seeded ends up in a SnapStart snapshot.
 */
final class Tails {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Tails() {
    }

    /** P(T ≤ t) for Student's t with {@code df} degrees of freedom. */
    static double tCdf(double t, double df) {
        if (t == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (t == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return new TDistribution(null, df).cumulativeProbability(t);
    }

    static double tP(double t, double df, Alternative alternative) {
        return switch (alternative) {
            case TWO_SIDED -> Math.min(1, 2 * tCdf(-Math.abs(t), df));
            case LESS -> tCdf(t, df);
            case GREATER -> tCdf(-t, df);
        };
    }

    static double tQuantile(double p, double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(p);
    }

    /** P(F > f) for the F distribution with (d1, d2) degrees of freedom. */
    static double fUpper(double f, double d1, double d2) {
        if (f <= 0) {
            return 1;
        }
        if (f == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }

    /** P(X > x) for the chi-squared distribution with {@code df} degrees of freedom. */
    static double chiSquareUpper(double x, double df) {
        if (x <= 0) {
            return 1;
        }
        return Gamma.regularizedGammaQ(df / 2, x / 2);
    }

    /** P(Z > z) for the standard normal. */
    static double normalUpper(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2));
    }

    static double normalP(double z, Alternative alternative) {
        return switch (alternative) {
            case TWO_SIDED -> Math.min(1, 2 * normalUpper(Math.abs(z)));
            case LESS -> normalUpper(-z);
            case GREATER -> normalUpper(z);
        };
    }

    static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    static double normalDensity(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }
}
