package ai.kai.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The k-th pairwise difference without materialising n₁·n₂ values, checked against sorting them all. */
class PairwiseDifferencesTest {

    @Test
    void shouldFindEveryOrderStatisticOfThePairwiseDifferencesExactly() {
        Random random = new Random(42);
        for (int trial = 0; trial < 40; trial++) {
            double[] x = sample(random, 1 + random.nextInt(12), trial % 2 == 0);
            double[] y = sample(random, 1 + random.nextInt(12), trial % 3 == 0);
            double[] all = new double[x.length * y.length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < y.length; j++) {
                    all[i * y.length + j] = x[i] - y[j];
                }
            }
            Arrays.sort(all);
            double[] xs = Sums.sorted(x);
            double[] ys = Sums.sorted(y);
            for (int k = 1; k <= all.length; k++) {
                assertThat(PairwiseDifferences.kth(xs, ys, k)).as("trial %d, k = %d", trial, k).isEqualTo(all[k - 1]);
            }
        }
    }

    /** Small integers give ties and zero differences; the other draws span signs and magnitudes. */
    private static double[] sample(Random random, int n, boolean ties) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = ties ? random.nextInt(5) - 2 : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(6) - 3);
        }
        return v;
    }
}
