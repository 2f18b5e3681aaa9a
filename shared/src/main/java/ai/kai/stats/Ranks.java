package ai.kai.stats;

import java.util.Arrays;

import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/** Mid-ranks (ties get the average rank) from Commons Math, and the tie sums the rank tests correct for. */
final class Ranks {
    private static final NaturalRanking RANKING = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

    private Ranks() {
    }

    static double[] of(double[] values) {
        return RANKING.rank(values);
    }

    /** Σ (t³ − t) over groups of tied values. */
    static double tieCubes(double[] values) {
        double[] s = Sums.sorted(values);
        double sum = 0;
        int i = 0;
        while (i < s.length) {
            int j = i;
            while (j + 1 < s.length && s[j + 1] == s[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }

    static double[] concat(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
