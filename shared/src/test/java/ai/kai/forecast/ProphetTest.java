package ai.kai.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.kai.timeseries.Frequency;

/**
 * The Prophet-style model on series generated with known structure (Prophet itself is not available to compare
 * with): it must find a change in the trend slope, recover a weekly pattern, estimate holiday and regressor
 * effects, and give bounds that contain the forecast and widen with the horizon.
 */
class ProphetTest {
    private static final LocalDateTime START = LocalDate.of(2022, 1, 3).atStartOfDay();

    @Test
    void shouldFindAChangeInTrendAndContinueTheNewSlope() {
        Random noise = new Random(1);
        double[] y = new double[300];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + 0.1 * Math.min(t, 180) + 0.5 * Math.max(0, t - 180) + noise.nextGaussian();
        }
        ProphetModel model = ProphetFitter.fit(ModelInput.of(y, Frequency.DAILY, START));
        double[] f = model.forecast(30, 0.95).mean();
        assertThat((f[29] - f[0]) / 29).isCloseTo(0.5, withinPercentage(5));
        assertThat(f[0]).isCloseTo(10 + 18 + 0.5 * 120, offset(2.0));
    }

    @Test
    void shouldRecoverAWeeklyPattern() {
        double[] pattern = {0, 5, 5, 5, 5, 20, -10};
        Random noise = new Random(2);
        double[] y = new double[140];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + pattern[t % 7] + 0.3 * noise.nextGaussian();
        }
        ProphetModel model = ProphetFitter.fit(ModelInput.of(y, Frequency.DAILY, START));
        assertThat(model.description()).contains("weekly seasonality");
        double[] f = model.forecast(14, 0.95).mean();
        for (int k = 0; k < 14; k++) {
            assertThat(f[k]).as("day %d", k).isCloseTo(100 + pattern[(140 + k) % 7], offset(1.0));
        }
    }

    @Test
    void shouldEstimateAHolidayEffectAndApplyItToFutureOccurrences() {
        List<LocalDate> dates = List.of(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 7, 1), LocalDate.of(2022, 11, 20),
                LocalDate.of(2023, 3, 15), LocalDate.of(2023, 7, 1), LocalDate.of(2023, 11, 20), LocalDate.of(2024, 1, 10));
        Holiday sale = new Holiday("sale", dates, 0, 1);
        Random noise = new Random(3);
        int n = 730;
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            LocalDate day = START.toLocalDate().plusDays(t);
            boolean onSale = dates.contains(day) || dates.contains(day.minusDays(1));
            y[t] = 50 + (onSale ? 40 : 0) + noise.nextGaussian();
        }
        ModelInput input = new ModelInput(y, 7, Frequency.DAILY, START, List.of(sale), List.of(), new double[0][]);
        ProphetModel model = ProphetFitter.fit(input);
        int saleIndex = (int) java.time.temporal.ChronoUnit.DAYS.between(START.toLocalDate(), LocalDate.of(2024, 1, 10));
        double[] f = model.forecast(saleIndex - n + 3, 0.95).mean();
        assertThat(f[saleIndex - n]).isCloseTo(90, offset(4.0));
        assertThat(f[saleIndex - n + 1]).isCloseTo(90, offset(4.0));
        assertThat(f[saleIndex - n + 2]).isCloseTo(50, offset(4.0));
        assertThat(f[saleIndex - n - 1]).isCloseTo(50, offset(4.0));
    }

    @Test
    void shouldFollowAnExtraRegressorWhoseFutureIsKnown() {
        Random random = new Random(4);
        int n = 120;
        int h = 10;
        double[] x = new double[n + h];
        double[] y = new double[n];
        for (int t = 0; t < n + h; t++) {
            x[t] = 20 * random.nextDouble();
            if (t < n) {
                y[t] = 5 + 3 * x[t] + 0.2 * random.nextGaussian();
            }
        }
        ModelInput input = new ModelInput(y, 12, Frequency.MONTHLY, START, List.of(), List.of("price"), new double[][] {x});
        ProphetModel model = ProphetFitter.fit(input);
        assertThat(model.description()).contains("regressors price");
        double[] f = model.forecast(h, 0.95).mean();
        for (int k = 0; k < h; k++) {
            assertThat(f[k]).isCloseTo(5 + 3 * x[n + k], offset(1.0));
        }
    }

    @Test
    void shouldGiveReproducibleBoundsAroundTheForecastWithTrendUncertaintyFarAhead() {
        Random random = new Random(5);
        double[] y = new double[200];
        double slope = 1;
        for (int t = 0; t < y.length; t++) {
            slope += t % 20 == 0 ? random.nextGaussian() : 0;
            y[t] = (t == 0 ? 100 : y[t - 1]) + slope + random.nextGaussian();
        }
        ProphetModel model = ProphetFitter.fit(ModelInput.of(y, Frequency.DAILY, START));
        PointForecast f = model.forecast(100, 0.9);
        assertThat(model.forecast(100, 0.9).lower()).containsExactly(f.lower());
        for (int k = 0; k < 100; k++) {
            assertThat(f.lower()[k]).isLessThan(f.mean()[k]);
            assertThat(f.upper()[k]).isGreaterThan(f.mean()[k]);
        }
        double noiseOnly = 2 * 1.645 * model.sigma() * model.design().yScale;
        assertThat(f.upper()[0] - f.lower()[0]).isCloseTo(noiseOnly, withinPercentage(15));
        assertThat(f.upper()[99] - f.lower()[99]).isGreaterThan(2 * noiseOnly);
    }
}
