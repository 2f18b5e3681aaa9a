package ai.kai.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Isolation forest (Liu, Ting & Zhou 2008): normalisation, scores, ordering, determinism, several columns. */
class IsolationForestTest {
    private final AnomalyService service = new AnomalyService();

    @Test
    void shouldNormaliseByTheAveragePathLengthOfTheSubsample() {
        // c(n) = 2 H(n - 1) - 2 (n - 1) / n, H(i) = ln(i) + 0.5772156649 (paper, eq. 1); c(2) = 1; c(1) = 0
        assertThat(IsolationForest.averagePathLength(256)).isCloseTo(10.244770920116851, within(1e-12));
        assertThat(IsolationForest.averagePathLength(256))
                .isCloseTo(2 * (Math.log(255) + 0.5772156649) - 2.0 * 255 / 256, within(1e-15));
        assertThat(IsolationForest.averagePathLength(3)).isCloseTo(2 * (Math.log(2) + 0.5772156649) - 4.0 / 3, within(1e-15));
        assertThat(IsolationForest.averagePathLength(2)).isEqualTo(1.0);
        assertThat(IsolationForest.averagePathLength(1)).isEqualTo(0.0);
    }

    @Test
    void shouldScoreAsThePaperDefines() {
        // s(x, n) = 2^(-E(h(x)) / c(n)): E(h) = c(n) gives 0.5, E(h) -> 0 gives 1, E(h) -> n - 1 gives about 0
        double c = IsolationForest.averagePathLength(256);
        assertThat(IsolationForest.score(c, 256)).isCloseTo(0.5, within(1e-15));
        assertThat(IsolationForest.score(0, 256)).isEqualTo(1.0);
        assertThat(IsolationForest.score(255, 256)).isLessThan(1e-7);
        assertThat(IsolationForest.score(c / 2, 256)).isCloseTo(Math.sqrt(0.5), within(1e-15));
    }

    @Test
    void shouldScorePlantedOutliersHighestAndFartherOnesHigher() {
        List<AnomalyRequest.Column> columns = cloudWith(new double[][]{{3, 3}, {-6, 5}, {9, -9}}, 500, 7);
        AnomalyResult result = service.detect(AnomalyRequest.ofColumns(columns)
                .withMethod(AnomalyMethod.ISOLATION_FOREST).withThreshold(0.5));

        List<Anomaly> ranked = new ArrayList<>(result.anomalies());
        ranked.sort(Comparator.comparingDouble(Anomaly::score).reversed());
        assertThat(ranked.subList(0, 3)).extracting(Anomaly::index).containsExactlyInAnyOrder(500, 501, 502);
        Anomaly nearest = ranked.stream().filter(a -> a.index() == 500).findFirst().orElseThrow();
        Anomaly farthest = ranked.stream().filter(a -> a.index() == 502).findFirst().orElseThrow();
        assertThat(farthest.score()).isGreaterThan(nearest.score()).isGreaterThan(0.75);
        assertThat(farthest.value()).isNull();
        assertThat(farthest.reason()).startsWith("row (x=9, y=-9) is isolated after");
    }

    @Test
    void shouldFindARowThatIsOnlyAnomalousAcrossColumns() {
        // y follows x closely; (1.5, -1.5) is inside both columns' ranges but far from the line
        Random random = new Random(11);
        double[] x = new double[400];
        double[] y = new double[400];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
            y[i] = x[i] + 0.05 * random.nextGaussian();
        }
        x[123] = 1.5;
        y[123] = -1.5;
        AnomalyResult result = service.detect(AnomalyRequest.ofColumns(List.of(
                new AnomalyRequest.Column("x", x), new AnomalyRequest.Column("y", y))));

        assertThat(result.methodSelected()).isEqualTo(AnomalyMethod.ISOLATION_FOREST);
        assertThat(result.reason()).contains("2 columns were given (x, y)");
        assertThat(result.anomalies()).extracting(Anomaly::index).contains(123);
    }

    @Test
    void shouldGiveTheSameResultForTheSameSeed() {
        List<AnomalyRequest.Column> columns = cloudWith(new double[][]{{5, 5}}, 300, 3);
        AnomalyRequest request = AnomalyRequest.ofColumns(columns).withMethod(AnomalyMethod.ISOLATION_FOREST).withThreshold(0.5);

        AnomalyResult first = service.detect(request.withSeed(99));
        AnomalyResult again = service.detect(request.withSeed(99));
        AnomalyResult other = service.detect(request.withSeed(100));

        assertThat(again).usingRecursiveComparison().isEqualTo(first);
        assertThat(other.anomalies()).extracting(Anomaly::score).isNotEqualTo(first.anomalies().stream().map(Anomaly::score).toList());
    }

    @Test
    void shouldFlagTheGivenShareWithContamination() {
        List<AnomalyRequest.Column> columns = cloudWith(new double[][]{{5, 5}, {-5, -5}}, 198, 5);
        AnomalyResult result = service.detect(AnomalyRequest.ofColumns(columns)
                .withMethod(AnomalyMethod.ISOLATION_FOREST).withContamination(0.01));

        assertThat(result.anomalies()).extracting(Anomaly::index).containsExactlyInAnyOrder(198, 199);
        assertThat(result.anomalies().get(0).reason()).contains("among the 1 % highest scores");
    }

    @Test
    void shouldExplainAOneColumnForestAgainstTheMedian() {
        double[] y = new double[300];
        Random random = new Random(8);
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 + random.nextGaussian();
        }
        y[40] = 130;
        AnomalyResult result = service.detect(AnomalyRequest.of("load", y).withMethod(AnomalyMethod.ISOLATION_FOREST));
        Anomaly top = result.anomalies().stream().max(Comparator.comparingDouble(Anomaly::score)).orElseThrow();
        assertThat(top.index()).isEqualTo(40);
        assertThat(top.value()).isEqualTo(130.0);
        assertThat(top.reason()).startsWith("value 130 (above the median 100");
        assertThat(result.summary().threshold()).isEqualTo(0.65);
    }

    /** A standard normal cloud of n rows in columns x and y, followed by the given outlying rows. */
    private static List<AnomalyRequest.Column> cloudWith(double[][] outliers, int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n + outliers.length];
        double[] y = new double[n + outliers.length];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
            y[i] = random.nextGaussian();
        }
        for (int k = 0; k < outliers.length; k++) {
            x[n + k] = outliers[k][0];
            y[n + k] = outliers[k][1];
        }
        return List.of(new AnomalyRequest.Column("x", x), new AnomalyRequest.Column("y", y));
    }
}
