package ai.kai.forecast;

/**
 * Rolling-origin backtest accuracy of one model: the model is refitted at each origin on the data before it
 * and forecasts the next {@code horizon} points; the measures are averaged over the {@code origins}.
 * Null measures are undefined for the data (see {@link Accuracy}).
 */
public record BacktestMetrics(Double mae, Double rmse, Double mape, Double smape, Double mase, int horizon,
                              int origins) {
}
