package ai.kai.forecast;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.kai.timeseries.Frequency;
import ai.kai.timeseries.SeriesReport;

/** Turns a forecast into an {@link Interpretation}: trend, seasonality, interval width and caveats. */
final class Interpreter {
    static final double SEASONALITY_FOUND = 0.4;
    static final double FLAT_PERCENT = 2.0;

    private Interpreter() {
    }

    static Interpretation interpret(ModelInput input, PointForecast forecast, double level, String modelName,
                                    BacktestMetrics metrics, SeriesReport report, List<String> extraCaveats) {
        double[] y = input.y();
        int n = y.length;
        int m = input.period();
        int h = forecast.mean().length;
        Interpretation.Seasonality seasonality = seasonality(input);
        double[] figure = seasonality.found() ? Decomposition.classical(y, m, false).figure() : null;
        int window = Math.max(1, Math.min(m, n));
        double fromLevel = 0;
        for (int t = n - window; t < n; t++) {
            fromLevel += (y[t] - seasonalAt(figure, t)) / window;
        }
        int forecastWindow = Math.min(window, h);
        double toLevel = 0;
        for (int k = h - forecastWindow; k < h; k++) {
            toLevel += (forecast.mean()[k] - seasonalAt(figure, n + k)) / forecastWindow;
        }
        double change = toLevel - fromLevel;
        Double percent = fromLevel != 0 ? 100 * change / Math.abs(fromLevel) : null;
        double distance = (n + h - forecastWindow / 2.0) - (n - window / 2.0);
        String direction = percent != null && Math.abs(percent) < FLAT_PERCENT ? "flat"
                : change > 0 ? "increasing" : change < 0 ? "decreasing" : "flat";
        Interpretation.Trend trend = new Interpretation.Trend(direction, fromLevel, toLevel, change, percent,
                change / distance);
        Interpretation.IntervalWidth width = width(forecast, level);
        List<String> caveats = caveats(input, forecast, metrics, report, width, seasonality);
        caveats.addAll(extraCaveats);
        String summary = summary(input, modelName, h, trend, seasonality, width, metrics);
        return new Interpretation(summary, trend, seasonality, width, List.copyOf(caveats));
    }

    static Interpretation.Seasonality seasonality(ModelInput input) {
        int m = input.period();
        if (m < 2 || input.size() < 2 * m + 1) {
            return new Interpretation.Seasonality(false, m, 0, null, null);
        }
        double strength = Stl.seasonalStrength(input.y(), m);
        double[] figure = Decomposition.classical(input.y(), m, false).figure();
        int peak = 0;
        int trough = 0;
        for (int i = 1; i < m; i++) {
            peak = figure[i] > figure[peak] ? i : peak;
            trough = figure[i] < figure[trough] ? i : trough;
        }
        boolean found = strength >= SEASONALITY_FOUND;
        return new Interpretation.Seasonality(found, m, strength, found ? position(input, peak) : null,
                found ? position(input, trough) : null);
    }

    private static double seasonalAt(double[] figure, int t) {
        return figure == null ? 0 : figure[t % figure.length];
    }

    /** The calendar name of position i of the cycle (the cycle starts at the first observation). */
    private static String position(ModelInput input, int i) {
        LocalDateTime t = input.time(i);
        Frequency f = input.frequency();
        return switch (f) {
            case MONTHLY -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case QUARTERLY -> "Q" + ((t.getMonthValue() - 1) / 3 + 1);
            case DAILY -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case HOURLY -> String.format(Locale.ROOT, "%02d:00", t.getHour());
            case WEEKLY -> "week " + t.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case YEARLY -> String.valueOf(t.getYear());
        };
    }

    private static Interpretation.IntervalWidth width(PointForecast f, double level) {
        int h = f.mean().length;
        double sum = 0;
        double relative = 0;
        boolean relativeDefined = true;
        for (int k = 0; k < h; k++) {
            double w = f.upper()[k] - f.lower()[k];
            sum += w;
            if (f.mean()[k] == 0) {
                relativeDefined = false;
            } else {
                relative += w / Math.abs(f.mean()[k]);
            }
        }
        return new Interpretation.IntervalWidth(level, sum / h, f.upper()[0] - f.lower()[0],
                f.upper()[h - 1] - f.lower()[h - 1], relativeDefined ? relative / h : null);
    }

    private static List<String> caveats(ModelInput input, PointForecast f, BacktestMetrics metrics,
                                        SeriesReport report, Interpretation.IntervalWidth width,
                                        Interpretation.Seasonality seasonality) {
        List<String> out = new ArrayList<>();
        int n = input.size();
        int m = input.period();
        int h = f.mean().length;
        if (m > 1 && n < 2 * m) {
            out.add("fewer than two full " + input.frequency().cycleName() + " cycles (" + n + " points, period " + m
                    + "): seasonality cannot be estimated reliably");
        } else if (n < 20) {
            out.add("short history (" + n + " points): treat the forecast as rough");
        }
        if (report != null && report.gapsFilled() > 0) {
            out.add(report.gapsFilled() + " missing period(s) (" + pct(100.0 * report.gapsFilled() / n)
                    + " of the series) were filled by linear interpolation");
        }
        if (report != null && report.duplicatesAggregated() > 0) {
            out.add(report.duplicatesAggregated() + " row(s) shared a period with another row and were averaged");
        }
        if (h > n / 2) {
            out.add("the horizon (" + h + ") is more than half the history (" + n
                    + " points): uncertainty grows quickly that far ahead");
        }
        if (width.meanRelative() != null && width.meanRelative() > 0.5) {
            out.add("prediction intervals are wide (on average " + pct(100 * width.meanRelative() / 2)
                    + " either side of the forecast)");
        }
        if (metrics != null && metrics.mase() != null && metrics.mase() >= 1) {
            out.add(String.format(Locale.ROOT, "backtest MASE %.2f is above 1: errors at this horizon exceed the "
                    + "one-step in-sample errors of the seasonal naive method", metrics.mase()));
        }
        boolean nonNegative = java.util.Arrays.stream(input.y()).allMatch(v -> v >= 0);
        if (nonNegative && java.util.Arrays.stream(f.mean()).anyMatch(v -> v < 0)) {
            out.add("some forecasts are negative although the history never is");
        } else if (nonNegative && java.util.Arrays.stream(f.lower()).anyMatch(v -> v < 0)) {
            out.add("some lower bounds are negative although the history never is; read them as 0");
        }
        if (seasonality.strength() > 0 && !seasonality.found() && m > 1 && n >= 2 * m) {
            out.add(String.format(Locale.ROOT, "no clear seasonality with period %d (strength %.2f)", m,
                    seasonality.strength()));
        }
        return out;
    }

    private static String summary(ModelInput input, String modelName, int h, Interpretation.Trend trend,
                                  Interpretation.Seasonality seasonality, Interpretation.IntervalWidth width,
                                  BacktestMetrics metrics) {
        StringBuilder s = new StringBuilder();
        s.append(modelName).append(" forecasts ").append(h).append(' ').append(input.frequency().label())
                .append(h == 1 ? " value. " : " values. ");
        if (trend.direction().equals("flat")) {
            s.append(String.format(Locale.ROOT, "The level stays about flat (%s to %s).", num(trend.fromLevel()),
                    num(trend.toLevel())));
        } else {
            s.append(String.format(Locale.ROOT, "The level is %s: %s from %s to %s%s over the horizon.",
                    trend.direction(), trend.change() > 0 ? "up" : "down", num(trend.fromLevel()),
                    num(trend.toLevel()), trend.changePercent() == null ? ""
                            : " (" + (trend.changePercent() > 0 ? "+" : "") + pct(trend.changePercent()) + ")"));
        }
        if (seasonality.found()) {
            String at = switch (input.frequency()) {
                case HOURLY -> "at";
                case DAILY -> "on";
                default -> "in";
            };
            s.append(String.format(Locale.ROOT, " %s %s seasonality (period %d, strength %.2f) peaks %s %s.",
                    seasonality.strength() >= 0.64 ? "Strong" : "Moderate", input.frequency().cycleName(),
                    seasonality.period(), seasonality.strength(), at, seasonality.peak()));
        } else if (input.period() > 1) {
            s.append(" No clear seasonality.");
        }
        s.append(String.format(Locale.ROOT, " The %s interval is %s wide on average", pct(100 * width.level()),
                num(width.mean())));
        if (width.meanRelative() != null) {
            s.append(" (±").append(pct(100 * width.meanRelative() / 2)).append(" of the forecast)");
        }
        s.append('.');
        if (metrics != null && metrics.mase() != null) {
            s.append(String.format(Locale.ROOT, " Backtest MASE %.2f%s.", metrics.mase(),
                    metrics.smape() == null ? "" : String.format(Locale.ROOT, ", sMAPE %.1f%%", metrics.smape())));
        }
        return s.toString();
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.0f%%" : "%.1f%%", value);
    }

    private static String num(double value) {
        double a = Math.abs(value);
        return String.format(Locale.ROOT, a >= 1000 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.4g", value);
    }
}
