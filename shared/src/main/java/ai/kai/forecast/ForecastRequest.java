package ai.kai.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.timeseries.Frequency;

/**
 * A forecast request: the history as (date, value) pairs (null values are missing), how many periods to
 * forecast, the model ({@link ModelChoice#AUTO} by default), the coverage of the prediction intervals (0.95 by
 * default; a percentage from 50 up, such as 95, is read as 0.95), the frequency (null: inferred from the dates), for the Prophet-style model
 * optional holidays and regressors, and whether to backtest a requested model for its accuracy metrics
 * ({@code true} by default; {@link ModelChoice#AUTO} always backtests, that is how it chooses).
 */
public record ForecastRequest(List<LocalDateTime> dates, List<Double> values, int periods, ModelChoice model,
                              double level, Frequency frequency, List<Holiday> holidays, List<Regressor> regressors,
                              boolean backtest) {
    public static final double DEFAULT_LEVEL = 0.95;
    public static final int MAX_PERIODS = 10_000;

    public ForecastRequest {
        if (dates == null || values == null) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, "dates and values are required");
        }
        if (periods < 1 || periods > MAX_PERIODS) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST,
                    "periods must be between 1 and " + MAX_PERIODS + " (got " + periods + ")");
        }
        model = model == null ? ModelChoice.AUTO : model;
        if (level >= 50 && level < 100) {
            level = level / 100;
        }
        if (!(level > 0 && level < 1)) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, "level must be a coverage between 0 and 1 "
                    + "such as 0.95 (or a percentage from 50 to 99.9 such as 95), got " + level);
        }
        dates = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(dates));
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        regressors = regressors == null ? List.of() : List.copyOf(regressors);
    }

    public static ForecastRequest of(List<LocalDateTime> dates, List<Double> values, int periods) {
        return new ForecastRequest(dates, values, periods, ModelChoice.AUTO, DEFAULT_LEVEL, null, null, null, true);
    }

    public static ForecastRequest ofDates(List<LocalDate> dates, List<Double> values, int periods) {
        return of(dates.stream().map(d -> d == null ? null : d.atStartOfDay()).toList(), values, periods);
    }

    public ForecastRequest withModel(ModelChoice choice) {
        return new ForecastRequest(dates, values, periods, choice, level, frequency, holidays, regressors, backtest);
    }

    public ForecastRequest withLevel(double coverage) {
        return new ForecastRequest(dates, values, periods, model, coverage, frequency, holidays, regressors, backtest);
    }

    public ForecastRequest withFrequency(Frequency given) {
        return new ForecastRequest(dates, values, periods, model, level, given, holidays, regressors, backtest);
    }

    public ForecastRequest withHolidays(List<Holiday> events) {
        return new ForecastRequest(dates, values, periods, model, level, frequency, events, regressors, backtest);
    }

    public ForecastRequest withRegressors(List<Regressor> columns) {
        return new ForecastRequest(dates, values, periods, model, level, frequency, holidays, columns, backtest);
    }

    /** The same request without the backtest of a requested model: faster, but no accuracy metrics. */
    public ForecastRequest withoutBacktest() {
        return new ForecastRequest(dates, values, periods, model, level, frequency, holidays, regressors, false);
    }
}
