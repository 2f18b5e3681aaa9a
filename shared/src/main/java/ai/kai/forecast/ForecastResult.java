package ai.kai.forecast;

import java.util.List;

import ai.kai.timeseries.SeriesReport;

/**
 * A forecast: the chosen model, future dates with point forecasts and prediction bounds at
 * {@code confidenceLevel}, the model's rolling-origin backtest {@code metrics}, an interpretation, every
 * model considered ({@code candidates}), the report of how the input was made regular, and the fit time.
 * Serialised in snake_case ({@code model_name, forecast_dates, forecast_values, lower_bound, upper_bound,
 * confidence_level, metrics, interpretation, ...}).
 *
 * @param modelName the fitted model as a person reads it, e.g. {@code ETS(M,Ad,M)}
 * @param model     its kind: {@code snaive}, {@code ets}, {@code arima} or {@code prophet}
 * @param selection how it was chosen: {@code requested} or {@code rolling-origin backtest (lowest MASE)}
 */
public record ForecastResult(String modelName, String model, String selection, List<String> forecastDates,
                             List<Double> forecastValues, List<Double> lowerBound, List<Double> upperBound,
                             double confidenceLevel, BacktestMetrics metrics, Interpretation interpretation,
                             List<CandidateScore> candidates, SeriesReport series, long fitTimeMs) {
}
