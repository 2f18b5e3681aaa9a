package ai.kai.decompose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.kai.testdata.ForecastData;

class AutocorrelationTest {

    @Test
    void shouldMatchRsAcf() {
        // R: acf(c(1, 2, 3, 4, 5), plot = FALSE)$acf -> 1.0 0.4 -0.1 -0.4 -0.4
        assertThat(Autocorrelation.acf(new double[]{1, 2, 3, 4, 5}, 4)).containsExactly(new double[]{1, 0.4, -0.1, -0.4, -0.4},
                within(1e-12));
    }

    @Test
    void shouldFindTheSeasonalPeriodOfSeriesWithoutDates() {
        assertThat(Autocorrelation.seasonalPeriod(ForecastData.load("AirPassengers").values()))
                .hasValueSatisfying(p -> assertThat(p.period()).isEqualTo(12));
        assertThat(Autocorrelation.seasonalPeriod(ForecastData.load("UKgas").values()))
                .hasValueSatisfying(p -> assertThat(p.period()).isEqualTo(4));
        Random random = new Random(4);
        double[] weekly = new double[140];
        for (int i = 0; i < weekly.length; i++) {
            weekly[i] = (i % 7 >= 5 ? 40 : 100) + 0.1 * i + 3 * random.nextGaussian();
        }
        assertThat(Autocorrelation.seasonalPeriod(weekly)).hasValueSatisfying(p -> assertThat(p.period()).isEqualTo(7));
    }

    @Test
    void shouldNotMistakeTheRippleOfDifferencedNoiseForAShortPeriod() {
        // differencing noise makes r(1) about -0.5, so a smooth daily cycle shows a lone peak at lag 2
        Random random = new Random(1);
        double[] hourly = new double[2000];
        for (int i = 0; i < hourly.length; i++) {
            hourly[i] = 50 + 10 * Math.sin(2 * Math.PI * i / 24) + random.nextGaussian();
        }
        assertThat(Autocorrelation.seasonalPeriod(hourly)).hasValueSatisfying(p -> assertThat(p.period()).isEqualTo(24));
    }

    @Test
    void shouldFindNoPeriodInWhiteNoise() {
        for (long seed = 1; seed <= 10; seed++) {
            Random random = new Random(seed);
            double[] noise = new double[1000];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = random.nextGaussian();
            }
            assertThat(Autocorrelation.seasonalPeriod(noise)).as("seed %d", seed).isEmpty();
        }
    }
}
