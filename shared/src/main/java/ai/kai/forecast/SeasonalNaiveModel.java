package ai.kai.forecast;

import java.util.Arrays;

/**
 * The seasonal naive baseline: each forecast repeats the value one season earlier ({@code y[t+h] = y[t+h-m]});
 * with no season ({@code m = 1}) it is the random walk. Bounds as R's {@code snaive}: the residual mean square
 * grows with the number of whole seasons ahead, {@code se_h = σ·sqrt(ceil(h/m))}.
 */
record SeasonalNaiveModel(double[] history, int lag) implements FittedModel {

    static SeasonalNaiveModel fit(ModelInput input) {
        int lag = input.period() > 1 && input.size() > input.period() ? input.period() : 1;
        return new SeasonalNaiveModel(input.y(), lag);
    }

    @Override
    public ModelChoice kind() {
        return ModelChoice.SNAIVE;
    }

    @Override
    public String description() {
        return lag > 1 ? "Seasonal naive [" + lag + "]" : "Naive (random walk)";
    }

    @Override
    public PointForecast forecast(int horizon, double level) {
        int n = history.length;
        double sumSquares = 0;
        for (int t = lag; t < n; t++) {
            double e = history[t] - history[t - lag];
            sumSquares += e * e;
        }
        double sigma = Math.sqrt(sumSquares / (n - lag));
        double[] mean = new double[horizon];
        double[] sd = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            mean[h - 1] = history[n - lag + (h - 1) % lag];
            sd[h - 1] = sigma * Math.sqrt((h - 1) / lag + 1);
        }
        return PointForecast.gaussian(mean, sd, level);
    }

    @Override
    public FittedModel refit(ModelInput input) {
        return fit(input);
    }

    @Override
    public double[] fitted() {
        double[] out = new double[history.length];
        Arrays.fill(out, 0, Math.min(lag, out.length), Double.NaN);
        System.arraycopy(history, 0, out, lag, history.length - lag);
        return out;
    }
}
