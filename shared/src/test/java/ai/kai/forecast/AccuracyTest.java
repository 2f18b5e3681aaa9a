package ai.kai.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import ai.kai.timeseries.Frequency;

/**
 * The deterministic pieces against R's forecast 8.20, compared to 1e-9: seasonal naive forecasts and bounds,
 * and the accuracy measures (R calls in {@code src/test/resources/forecast/reference.R}).
 */
class AccuracyTest {
    private static final ForecastData.Series AIR = ForecastData.load("AirPassengers");
    private static final double[] TRAIN = Arrays.copyOf(AIR.values(), 120);
    private static final double[] TEST = Arrays.copyOfRange(AIR.values(), 120, 144);

    @Test
    void shouldMatchRsSeasonalNaiveExactly() {
        // snaive(window(AirPassengers, end = c(1958, 12)), h = 24, level = 95)
        PointForecast f = SeasonalNaiveModel.fit(ModelInput.of(TRAIN, Frequency.MONTHLY, AIR.times().get(0)))
                .forecast(24, 0.95);
        assertThat(seasonEnds(f.mean())).containsExactly(new double[] {340, 337, 340, 337}, offset(1e-9));
        assertThat(seasonEnds(f.lower())).containsExactly(
                new double[] {276.289166156, 273.289166156, 249.899274708, 246.899274708}, offset(1e-8));
        assertThat(seasonEnds(f.upper())).containsExactly(
                new double[] {403.710833844, 400.710833844, 430.100725292, 427.100725292}, offset(1e-8));
    }

    @Test
    void shouldMatchRsAccuracyMeasuresExactly() {
        // accuracy(snaive(train, h = 24), test); sMAPE = 200 * mean(abs(test - f) / (abs(test) + abs(f)))
        double[] f = SeasonalNaiveModel.fit(ModelInput.of(TRAIN, Frequency.MONTHLY, AIR.times().get(0)))
                .forecast(24, 0.95).mean();
        Accuracy a = Accuracy.of(TEST, f, TRAIN, 12);
        assertThat(a.mae()).isCloseTo(71.25, offset(1e-9));
        assertThat(a.rmse()).isCloseTo(76.9945885544, offset(1e-9));
        assertThat(a.mape()).isCloseTo(15.5233551624, offset(1e-9));
        assertThat(a.mase()).isCloseTo(2.4935191186, offset(1e-9));
        assertThat(a.smape()).isCloseTo(17.0126253617, offset(1e-9));
    }

    @Test
    void shouldLeaveUndefinedMeasuresNull() {
        Accuracy withZero = Accuracy.of(new double[] {0, 2}, new double[] {1, 2}, new double[] {5, 5, 5}, 1);
        assertThat(withZero.mape()).isNull();
        assertThat(withZero.mase()).isNull();
        assertThat(withZero.smape()).isCloseTo(100, offset(1e-12));
        assertThat(withZero.mae()).isCloseTo(0.5, offset(1e-12));
    }

    @Test
    void shouldRepeatTheLastSeasonAndFallBackToTheRandomWalk() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
        SeasonalNaiveModel seasonal = SeasonalNaiveModel.fit(new ModelInput(y, 4, Frequency.QUARTERLY,
                AIR.times().get(0), java.util.List.of(), java.util.List.of(), new double[0][]));
        assertThat(seasonal.forecast(6, 0.8).mean()).containsExactly(5, 6, 7, 8, 5, 6);
        assertThat(seasonal.description()).isEqualTo("Seasonal naive [4]");
        SeasonalNaiveModel walk = SeasonalNaiveModel.fit(ModelInput.of(y, Frequency.YEARLY, AIR.times().get(0)));
        assertThat(walk.forecast(2, 0.8).mean()).containsExactly(8, 8);
        assertThat(walk.fitted()[0]).isNaN();
    }

    /** Horizons 1, 12, 13 and 24: where the seasonal naive bounds step up. */
    private static double[] seasonEnds(double[] f) {
        return new double[] {f[0], f[11], f[12], f[23]};
    }
}
