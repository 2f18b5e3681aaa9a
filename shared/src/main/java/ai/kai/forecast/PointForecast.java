package ai.kai.forecast;

/** Point forecasts with the lower and upper prediction bounds at one level, all of the horizon's length. */
record PointForecast(double[] mean, double[] lower, double[] upper) {

    /** Symmetric Gaussian bounds {@code mean ± z·sd}. */
    static PointForecast gaussian(double[] mean, double[] sd, double level) {
        double z = Gaussian.quantile(0.5 + level / 2);
        double[] lower = new double[mean.length];
        double[] upper = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            lower[i] = mean[i] - z * sd[i];
            upper[i] = mean[i] + z * sd[i];
        }
        return new PointForecast(mean, lower, upper);
    }
}
