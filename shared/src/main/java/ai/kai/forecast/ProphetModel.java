package ai.kai.forecast;

import java.util.Arrays;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A fitted Prophet-style model. Bounds are simulated the way Prophet does: future trend changes arrive as a
 * Poisson process with the historical changepoint rate and Laplace sizes of the mean historical magnitude, and
 * Gaussian noise of the fitted σ is added; the bounds are quantiles of {@value #PATHS} paths drawn from a fixed
 * seed, so the same input always gives the same result.
 */
record ProphetModel(ModelInput input, ProphetDesign design, double[] beta, double sigma, double[] fittedValues)
        implements FittedModel {
    static final int PATHS = 1000;
    private static final long SEED = 20_240_601L;

    @Override
    public ModelChoice kind() {
        return ModelChoice.PROPHET;
    }

    @Override
    public String description() {
        StringBuilder s = new StringBuilder("Prophet-style (piecewise-linear trend");
        for (String name : design.seasonalityNames()) {
            s.append(", ").append(name).append(" seasonality");
        }
        if (!input.holidays().isEmpty()) {
            s.append(", holidays");
        }
        if (!input.regressorNames().isEmpty()) {
            s.append(", regressors ").append(String.join(", ", input.regressorNames()));
        }
        return s.append(")").toString();
    }

    @Override
    public PointForecast forecast(int horizon, double level) {
        int n = input.size();
        double[] mean = new double[horizon];
        double[] times = new double[horizon];
        for (int k = 0; k < horizon; k++) {
            mean[k] = ProphetFitter.dot(design.row(n + k), beta) * design.yScale;
            times[k] = design.scaledTime(n + k);
        }
        double rate = 0;
        for (int j = design.firstChangepoint; j < design.firstSeasonal; j++) {
            rate += Math.abs(beta[j]);
        }
        int changepoints = design.firstSeasonal - design.firstChangepoint;
        double laplaceScale = (changepoints > 0 ? rate / changepoints : 0) + 1e-8;
        double last = times[horizon - 1];
        double expectedChanges = changepoints * Math.max(0, last - 1);
        RandomGenerator rng = new Well19937c(SEED);
        PoissonDistribution poisson = expectedChanges > 0
                ? new PoissonDistribution(rng, expectedChanges, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS) : null;
        double[][] paths = new double[horizon][PATHS];
        for (int s = 0; s < PATHS; s++) {
            int changes = poisson == null ? 0 : poisson.sample();
            double[] at = new double[changes];
            double[] size = new double[changes];
            for (int c = 0; c < changes; c++) {
                at[c] = 1 + rng.nextDouble() * (last - 1);
                double u = rng.nextDouble() - 0.5;
                size[c] = -laplaceScale * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
            }
            for (int k = 0; k < horizon; k++) {
                double deviation = 0;
                for (int c = 0; c < changes; c++) {
                    if (times[k] > at[c]) {
                        deviation += size[c] * (times[k] - at[c]);
                    }
                }
                paths[k][s] = mean[k] + (deviation + sigma * rng.nextGaussian()) * design.yScale;
            }
        }
        double[] lower = new double[horizon];
        double[] upper = new double[horizon];
        for (int k = 0; k < horizon; k++) {
            Arrays.sort(paths[k]);
            lower[k] = quantile(paths[k], (1 - level) / 2);
            upper[k] = quantile(paths[k], (1 + level) / 2);
        }
        return new PointForecast(mean, lower, upper);
    }

    @Override
    public FittedModel refit(ModelInput other) {
        return ProphetFitter.fit(other);
    }

    @Override
    public double[] fitted() {
        return fittedValues.clone();
    }

    /** Linear interpolation between order statistics (R's type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
