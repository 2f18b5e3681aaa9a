package ai.kai.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rolling-origin backtest over a {@link BacktestPlan}: at each origin the model's structure (ETS components,
 * ARIMA orders, the Prophet-style design) is re-estimated on the data before the origin and forecasts the next
 * {@code horizon} points. The structure itself is the one selected on the whole history (a fixed-specification
 * backtest), which keeps {@code auto} to one model search per kind.
 */
final class Backtest {
    private Backtest() {
    }

    /** Averaged accuracy, or null when the model could be refitted at no origin. */
    static BacktestMetrics run(FittedModel model, ModelInput input, BacktestPlan plan) {
        List<Accuracy> results = new ArrayList<>();
        for (int size : plan.trainingSizes()) {
            ModelInput train = input.head(size);
            FittedModel refitted = Models.refit(model, train);
            if (refitted == null) {
                continue;
            }
            double[] forecast = refitted.forecast(plan.horizon(), 0.8).mean();
            double[] actual = Arrays.copyOfRange(input.y(), size, size + plan.horizon());
            if (Arrays.stream(forecast).allMatch(Double::isFinite)) {
                results.add(Accuracy.of(actual, forecast, train.y(), input.period()));
            }
        }
        if (results.isEmpty()) {
            return null;
        }
        return new BacktestMetrics(
                mean(results.stream().map(a -> (Double) a.mae()).toList()),
                mean(results.stream().map(a -> (Double) a.rmse()).toList()),
                mean(results.stream().map(Accuracy::mape).toList()),
                mean(results.stream().map(Accuracy::smape).toList()),
                mean(results.stream().map(Accuracy::mase).toList()),
                plan.horizon(), results.size());
    }

    /** The mean, or null when any value is undefined. */
    private static Double mean(List<Double> values) {
        double sum = 0;
        for (Double v : values) {
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum / values.size();
    }
}
