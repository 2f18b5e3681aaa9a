package ai.kai.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

/** z-score, robust z and IQR fences against values computed independently (by hand or with Commons Math). */
class ClassicDetectorsTest {
    private final AnomalyService service = new AnomalyService();

    @Test
    void shouldFlagByZScoreWithSampleStandardDeviation() {
        double[] x = {10, 12, 11, 13, 12, 11, 10, 12, 13, 11, 12, 11, 10, 12, 11, 60};
        DescriptiveStatistics reference = new DescriptiveStatistics(x);
        double mean = reference.getMean();
        double sd = reference.getStandardDeviation(); // n - 1

        AnomalyResult result = service.detect(AnomalyRequest.of(x).withMethod(AnomalyMethod.ZSCORE));

        assertThat(result.methodSelected()).isEqualTo(AnomalyMethod.ZSCORE);
        assertThat(result.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.index()).isEqualTo(15);
            assertThat(a.score()).isCloseTo((60 - mean) / sd, within(1e-12));
            assertThat(a.expected()).isCloseTo(mean, within(1e-12));
            assertThat(a.upperExpected()).isCloseTo(mean + 3 * sd, within(1e-12));
            assertThat(a.reason()).isEqualTo("value 60 is 3.7 standard deviations above the mean 14.438 (SD 12.187; threshold 3)");
        });
        assertThat(result.summary().threshold()).isEqualTo(3.0);
    }

    @Test
    void shouldComputeTheModifiedZScoreOfIglewiczAndHoaglin() {
        // median 5; |x - 5| = 3 1 1 1 0 0 2 4 25 -> MAD 1; M(30) = 0.6745 * 25 / 1, M(9) = 0.6745 * 4 = 2.698 < 3.5
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9, 30};

        AnomalyResult result = service.detect(AnomalyRequest.of(x).withMethod(AnomalyMethod.ROBUST_Z));

        assertThat(result.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.index()).isEqualTo(8);
            assertThat(a.score()).isCloseTo(16.8625, within(1e-12));
            assertThat(a.expected()).isEqualTo(5.0);
            assertThat(a.lowerExpected()).isCloseTo(5 - 3.5 / 0.6745, within(1e-12));
            assertThat(a.upperExpected()).isCloseTo(5 + 3.5 / 0.6745, within(1e-12));
            assertThat(a.reason()).isEqualTo("value 30 is 16.9 robust SDs above the median 5 "
                    + "(robust SD = MAD / 0.6745 = 1.4826; threshold 3.5)");
        });
        assertThat(result.summary().spread()).isCloseTo(1 / 0.6745, within(1e-12));
    }

    @Test
    void shouldFallBackToTheMeanAbsoluteDeviationWhenTheMadIsZero() {
        // median 5, MAD 0; mean |x - 5| = (1 + 45) / 8 = 5.75; robust SD = 1.2533141 * 5.75
        double[] x = {5, 5, 5, 5, 5, 5, 6, 50};
        double robustSd = Math.sqrt(Math.PI / 2) * 5.75;

        AnomalyResult result = service.detect(AnomalyRequest.of(x).withMethod(AnomalyMethod.ROBUST_Z));

        assertThat(result.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.index()).isEqualTo(7);
            assertThat(a.score()).isCloseTo(45 / robustSd, within(1e-12));
            assertThat(a.reason()).contains("mean absolute deviation");
        });
    }

    @Test
    void shouldUseTukeysFencesWithType7Quartiles() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 40, -25};
        Percentile type7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        double q1 = type7.evaluate(x, 25);
        double q3 = type7.evaluate(x, 75);
        double iqr = q3 - q1;

        AnomalyResult result = service.detect(AnomalyRequest.of(x).withMethod(AnomalyMethod.IQR));

        assertThat(result.anomalies()).extracting(Anomaly::index).containsExactly(11, 12);
        Anomaly high = result.anomalies().get(0);
        assertThat(high.upperExpected()).isCloseTo(q3 + 1.5 * iqr, within(1e-12));
        assertThat(high.lowerExpected()).isCloseTo(q1 - 1.5 * iqr, within(1e-12));
        assertThat(high.score()).isCloseTo((40 - q3) / iqr, within(1e-12));
        assertThat(result.anomalies().get(1).score()).isCloseTo((q1 + 25) / iqr, within(1e-12));
        assertThat(high.reason()).startsWith("value 40 is above the upper fence 18 = Q3 9 + 1.5 × IQR 6");
    }

    @Test
    void shouldHonourAGivenThreshold() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 40, -25};
        assertThat(service.detect(AnomalyRequest.of(x).withMethod(AnomalyMethod.IQR).withThreshold(3.0)).anomalies())
                .extracting(Anomaly::index).containsExactly(11, 12);
        assertThat(service.detect(AnomalyRequest.of(x).withMethod(AnomalyMethod.IQR).withThreshold(6.0)).anomalies())
                .isEmpty();
    }

    @Test
    void shouldReportEachAnomalyWithItsDate() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9, 30};
        List<java.time.LocalDate> dates = java.util.stream.IntStream.range(0, 9)
                .mapToObj(i -> java.time.LocalDate.of(2024, 1, 1).plusDays(i)).toList();
        Anomaly a = service.detect(AnomalyRequest.of(x).withDates(dates)).anomalies().get(0);
        assertThat(a.date()).isEqualTo("2024-01-09");
        assertThat(a.method()).isEqualTo(AnomalyMethod.ROBUST_Z);
    }
}
