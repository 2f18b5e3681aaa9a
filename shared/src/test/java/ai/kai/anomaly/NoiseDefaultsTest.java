package ai.kai.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The defaults contract on white noise: 1,000 standard normal values with 5 planted outliers. AUTO finds no
 * season, uses robust z at 3.5 (P(|Z| > 3.5) = 4.7e-4, so about 0.5 false alarms are expected) and returns the 5.
 */
class NoiseDefaultsTest {
    private static final int[] PLANTED = {87, 301, 502, 640, 955};
    private static final double[] SIZES = {6.5, -7, 8, -6, 9};

    private final AnomalyService service = new AnomalyService();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void shouldReturnThePlantedOutliersOfWhiteNoiseAndAtMostThreeOthers(long seed) {
        double[] y = noiseWithOutliers(seed);

        AnomalyResult result = service.detect(AnomalyRequest.of(y));

        assertThat(result.methodSelected()).isEqualTo(AnomalyMethod.ROBUST_Z);
        assertThat(result.reason()).contains("no seasonal period");
        Set<Integer> flagged = SeasonalDefaultsTest.indices(result);
        assertThat(flagged).containsAll(IntStream.of(PLANTED).boxed().toList());
        assertThat(flagged.size() - PLANTED.length).isLessThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void shouldNotSeeASeasonInDailyWhiteNoise(long seed) {
        double[] y = noiseWithOutliers(seed);
        List<LocalDate> days = IntStream.range(0, y.length).mapToObj(i -> LocalDate.of(2022, 1, 1).plusDays(i)).toList();

        AnomalyResult result = service.detect(AnomalyRequest.of(y).withDates(days));

        assertThat(result.methodSelected()).isEqualTo(AnomalyMethod.ROBUST_Z);
        assertThat(result.reason()).contains("period 7").contains("below 0.6");
        Set<Integer> flagged = SeasonalDefaultsTest.indices(result);
        assertThat(flagged).containsAll(IntStream.of(PLANTED).boxed().toList());
        assertThat(flagged.size() - PLANTED.length).isLessThanOrEqualTo(3);
    }

    private static double[] noiseWithOutliers(long seed) {
        Random random = new Random(seed);
        double[] y = new double[1000];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextGaussian();
        }
        for (int k = 0; k < PLANTED.length; k++) {
            y[PLANTED[k]] = SIZES[k];
        }
        return y;
    }
}
