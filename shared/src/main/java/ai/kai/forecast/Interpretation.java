package ai.kai.forecast;

import java.util.List;

/**
 * What a forecast says, for people: a one-paragraph {@code summary}, the trend over the horizon, the
 * seasonality found in the history, how wide the prediction intervals are, and caveats about the data and
 * the model.
 */
public record Interpretation(String summary, Trend trend, Seasonality seasonality, IntervalWidth intervalWidth,
                             List<String> caveats) {

    /**
     * Change of the (seasonally adjusted) level from the end of the history to the end of the horizon.
     *
     * @param direction {@code increasing}, {@code decreasing} or {@code flat} (a change under 2%)
     */
    public record Trend(String direction, double fromLevel, double toLevel, double change, Double changePercent,
                        double changePerPeriod) {
    }

    /**
     * Seasonality of the history: strength {@code max(0, 1 − Var(remainder)/Var(seasonal + remainder))} of an
     * STL decomposition; {@code found} from 0.4; {@code peak} and {@code trough} name the highest and lowest
     * positions of the cycle.
     */
    public record Seasonality(boolean found, int period, double strength, String peak, String trough) {
    }

    /** Width of the prediction interval: mean, first and last, absolute and relative to the forecast. */
    public record IntervalWidth(double level, double mean, double first, double last, Double meanRelative) {
    }
}
