package ai.kai.forecast;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.timeseries.Interpolation;
import ai.kai.timeseries.PeriodGrid;
import ai.kai.timeseries.RegularSeries;
import ai.kai.timeseries.SeriesRegularizer;

/**
 * Forecasting: makes the history regular, fits the requested model (or picks one by rolling-origin backtest),
 * forecasts with prediction intervals, and interprets the result. Pure computation: no I/O, thread-safe.
 */
public final class ForecastService {
    /** Fewer points than this after regularisation is refused. */
    public static final int MIN_POINTS = 8;
    /** Longer histories are fitted on their most recent points only, to bound the fit time of one request. */
    public static final int MAX_FIT_POINTS = 5000;
    static final String BY_BACKTEST = "rolling-origin backtest (lowest MASE)";
    static final String BY_DEFAULT = "default (history too short to backtest)";

    public ForecastResult forecast(ForecastRequest request) {
        long started = System.nanoTime();
        RegularSeries series = SeriesRegularizer.regularize(request.dates(), request.values(), request.frequency());
        checkUsable(series);
        ModelInput full = input(series, request);
        ModelInput input = full.size() > MAX_FIT_POINTS ? full.tail(MAX_FIT_POINTS) : full;
        BacktestPlan plan = BacktestPlan.of(input.size(), series.seasonalPeriod(), request.periods());
        Fit fit = request.model() == ModelChoice.AUTO ? fitAuto(input, plan) : fitRequested(request, input, plan);
        FittedModel model = fit.model();
        PointForecast forecast = model.forecast(request.periods(), request.level());
        checkFinite(forecast, model);
        List<String> dates = series.grid().future(request.periods()).stream()
                .map(t -> series.frequency().format(t)).toList();
        List<String> caveats = caveats(request, fit, plan, input.size(), full.size(), series.seasonalPeriod());
        Interpretation interpretation = Interpreter.interpret(input, forecast, request.level(), model.description(),
                fit.metrics(), series.report(), caveats);
        return new ForecastResult(model.description(), model.kind().label(), fit.selection(), dates,
                boxed(forecast.mean()), boxed(forecast.lower()), boxed(forecast.upper()), request.level(),
                fit.metrics(), interpretation, fit.candidates(), series.report(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The model used, its backtest metrics (null without a backtest), the candidates and how it was chosen. */
    private record Fit(FittedModel model, BacktestMetrics metrics, List<CandidateScore> candidates, String selection) {
    }

    private static Fit fitAuto(ModelInput input, BacktestPlan plan) {
        ModelSelector.Selection chosen = ModelSelector.select(input, plan);
        return new Fit(chosen.model(), chosen.metrics(), chosen.candidates(), plan.possible() ? BY_BACKTEST : BY_DEFAULT);
    }

    private static Fit fitRequested(ForecastRequest request, ModelInput input, BacktestPlan plan) {
        FittedModel model = Models.fit(request.model(), input);
        if (model == null) {
            throw new KaiException(ErrorCode.FORECAST_MODEL_FAILED, "the " + request.model().label()
                    + " model could not be fitted to this series (" + input.size()
                    + " points); try model 'auto' or another model");
        }
        BacktestMetrics metrics = plan.possible() && request.backtest() ? Backtest.run(model, input, plan) : null;
        CandidateScore only = new CandidateScore(request.model().label(), model.description(),
                metrics == null ? null : metrics.mase(), metrics == null ? null : metrics.smape(), true, null);
        return new Fit(model, metrics, List.of(only), "requested");
    }

    private static List<String> caveats(ForecastRequest request, Fit fit, BacktestPlan plan, int fitted, int total,
                                        int period) {
        List<String> out = new ArrayList<>();
        if (!plan.possible()) {
            out.add("the history is too short for a rolling-origin backtest: no accuracy measures");
        } else if (fit.metrics() == null && (request.backtest() || request.model() == ModelChoice.AUTO)) {
            out.add("the model could not be fitted at the backtest origins: no accuracy measures");
        }
        if (fitted < total) {
            out.add("the models were fitted to the most recent " + fitted + " of " + total + " points");
        }
        FittedModel model = fit.model();
        boolean extras = !request.holidays().isEmpty() || !request.regressors().isEmpty();
        if (extras && model.kind() != ModelChoice.PROPHET) {
            out.add("holidays and regressors are used only by the prophet model; " + model.description()
                    + " ignores them");
        }
        if (model.kind() == ModelChoice.ETS && period > EtsSelection.MAX_SEASONAL_PERIOD) {
            out.add("ETS handles seasons of at most " + EtsSelection.MAX_SEASONAL_PERIOD + " periods: the "
                    + period + "-period season is not modelled");
        }
        return out;
    }

    private static void checkUsable(RegularSeries series) {
        int n = series.size();
        int m = series.seasonalPeriod();
        if (n < MIN_POINTS) {
            throw new KaiException(ErrorCode.FORECAST_TOO_FEW_POINTS, String.format(Locale.ROOT,
                    "the series has %d %s point(s); at least %d are needed to forecast%s", n,
                    series.frequency().label(), MIN_POINTS, m > 1
                            ? ", and " + 2 * m + " (two full cycles) to capture " + series.frequency().cycleName()
                            + " seasonality" : ""));
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : series.values()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max - min <= 1e-12 * Math.max(1, Math.abs(max))) {
            throw new KaiException(ErrorCode.FORECAST_CONSTANT_SERIES, String.format(Locale.ROOT,
                    "all %d values are equal (%s): a constant series has no pattern to model; its forecast is "
                            + "that same value", n, max));
        }
    }

    private static ModelInput input(RegularSeries series, ForecastRequest request) {
        int n = series.size();
        int total = n + request.periods();
        PeriodGrid grid = series.grid();
        List<String> names = new ArrayList<>();
        double[][] columns = new double[request.regressors().size()][];
        for (int j = 0; j < columns.length; j++) {
            Regressor r = request.regressors().get(j);
            if (r.values().size() != request.dates().size() || r.futureValues().size() != request.periods()) {
                throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, String.format(Locale.ROOT,
                        "regressor '%s' needs %d history values (one per date) and %d future values (one per "
                                + "forecast period); got %d and %d", r.name(), request.dates().size(),
                        request.periods(), r.values().size(), r.futureValues().size()));
            }
            List<LocalDateTime> times = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < request.dates().size(); i++) {
                int k = grid.indexOf(request.dates().get(i));
                if (k >= 0 && k < n) {
                    times.add(request.dates().get(i));
                    values.add(r.values().get(i));
                }
            }
            double[] history = grid.aggregate(times, values).values();
            if (java.util.Arrays.stream(history).allMatch(Double::isNaN)) {
                throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST,
                        "regressor '" + r.name() + "' has no values over the history");
            }
            double[] column = java.util.Arrays.copyOf(Interpolation.linear(history), total);
            for (int k = 0; k < request.periods(); k++) {
                column[n + k] = r.futureValues().get(k);
            }
            columns[j] = column;
            names.add(r.name());
        }
        return new ModelInput(series.values(), series.seasonalPeriod(), series.frequency(), grid.time(0),
                request.holidays(), List.copyOf(names), columns);
    }

    private static void checkFinite(PointForecast f, FittedModel model) {
        for (int i = 0; i < f.mean().length; i++) {
            if (!Double.isFinite(f.mean()[i]) || !Double.isFinite(f.lower()[i]) || !Double.isFinite(f.upper()[i])) {
                throw new KaiException(ErrorCode.FORECAST_MODEL_FAILED, model.description()
                        + " produced a non-finite forecast for this series; try another model");
            }
        }
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
