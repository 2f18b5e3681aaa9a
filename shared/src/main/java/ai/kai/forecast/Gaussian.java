package ai.kai.forecast;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The standard normal distribution, shared (commons-math's is immutable and thread-safe for these calls). */
final class Gaussian {
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private Gaussian() {
    }

    static double quantile(double p) {
        return STANDARD.inverseCumulativeProbability(p);
    }
}
