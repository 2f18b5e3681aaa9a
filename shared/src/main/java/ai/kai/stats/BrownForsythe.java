package ai.kai.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Levene's test of equal variances in the Brown–Forsythe form: a one-way ANOVA on the absolute deviations
 * from each group's median (Brown and Forsythe 1974). Equals SciPy's {@code scipy.stats.levene(...)} with its
 * default {@code center='median'} and R's {@code car::leveneTest} with its default {@code center = median}.
 */
final class BrownForsythe {
    private BrownForsythe() {
    }

    /** Null when the test is undefined (every absolute deviation equal, e.g. groups of two). */
    static AnovaTable test(List<double[]> groups) {
        List<double[]> deviations = new ArrayList<>();
        for (double[] g : groups) {
            double median = Sums.median(g);
            double[] z = new double[g.length];
            for (int i = 0; i < g.length; i++) {
                z[i] = Math.abs(g[i] - median);
            }
            deviations.add(z);
        }
        AnovaTable table = AnovaTable.of(deviations);
        return table.sumOfSquaresWithin() > 0 && Double.isFinite(table.fStatistic()) ? table : null;
    }
}
