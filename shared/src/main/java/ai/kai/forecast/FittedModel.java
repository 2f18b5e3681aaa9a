package ai.kai.forecast;

/**
 * A model fitted to one series. Each kind is its own implementation; all of them forecast any horizon with
 * bounds at any level and report their one-step in-sample fit.
 */
sealed interface FittedModel permits SeasonalNaiveModel, EtsModel, ArimaModel, ProphetModel {

    ModelChoice kind();

    /** The model with its structure, as a person reads it: {@code ETS(M,Ad,M)}, {@code ARIMA(0,1,1)(0,1,1)[12]}. */
    String description();

    /** @param level the coverage of the bounds, in (0, 1) */
    PointForecast forecast(int horizon, double level);

    /** One-step-ahead fitted values over the history; NaN where the model has none (the first season for snaive). */
    double[] fitted();

    /**
     * The same model structure (ETS components, ARIMA orders) re-estimated on other data, as a rolling-origin
     * backtest needs; null when it cannot be fitted there.
     */
    FittedModel refit(ModelInput input);
}
