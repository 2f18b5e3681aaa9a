package ai.kai.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The one-way ANOVA table, computed on values centred by the overall mean with two-pass, compensated sums,
 * so that data with many constant leading digits (the NIST StRD sets) keep their precision — Commons Math's
 * {@code OneWayAnova} accumulates raw sums of squares and loses them.
 */
record AnovaTable(
        double sumOfSquaresBetween,
        double sumOfSquaresWithin,
        double degreesOfFreedomBetween,
        double degreesOfFreedomWithin,
        double meanSquareBetween,
        double meanSquareWithin,
        double fStatistic,
        double pValue,
        double rSquared,
        double residualStandardDeviation) {

    /**
     * Requires at least two groups and more observations than groups (checked by the caller). Every value is
     * first shifted by the overall mean: a difference of nearby doubles is exact (Sterbenz), so the group means of
     * the shifted values keep all their digits and the between-group sum of squares loses none to the offset.
     */
    static AnovaTable of(List<double[]> groups) {
        int k = groups.size();
        int total = 0;
        for (double[] g : groups) {
            total += g.length;
        }
        double[] all = new double[total];
        int at = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, all, at, g.length);
            at += g.length;
        }
        double shift = Sums.mean(all);
        List<double[]> centred = new ArrayList<>();
        double[] means = new double[k];
        for (int i = 0; i < k; i++) {
            double[] g = groups.get(i);
            double[] c = new double[g.length];
            for (int j = 0; j < g.length; j++) {
                c[j] = g[j] - shift;
            }
            centred.add(c);
            means[i] = Sums.mean(c);
        }
        double grand = grandMean(centred, means, total);
        double[] between = new double[k];
        double[] within = new double[k];
        for (int i = 0; i < k; i++) {
            double d = means[i] - grand;
            between[i] = centred.get(i).length * d * d;
            within[i] = Sums.centeredSquares(centred.get(i), means[i]);
        }
        double ssb = Sums.sum(between);
        double ssw = Sums.sum(within);
        double dfb = k - 1;
        double dfw = total - k;
        double msb = ssb / dfb;
        double msw = ssw / dfw;
        double f = msb / msw;
        return new AnovaTable(ssb, ssw, dfb, dfw, msb, msw, f, Tails.fUpper(f, dfb, dfw), ssb / (ssb + ssw),
                Math.sqrt(msw));
    }

    /** The grand mean as the count-weighted mean of group means, refined by a pass over all deviations. */
    private static double grandMean(List<double[]> groups, double[] means, int total) {
        double[] weighted = new double[means.length];
        for (int i = 0; i < means.length; i++) {
            weighted[i] = means[i] * groups.get(i).length;
        }
        double m = Sums.sum(weighted) / total;
        double[] dev = new double[total];
        int j = 0;
        for (double[] g : groups) {
            for (double x : g) {
                dev[j++] = x - m;
            }
        }
        return m + Sums.sum(dev) / total;
    }

    double etaSquared() {
        return rSquared;
    }

    /** ω² = (SSB − df_b·MSW) / (SST + MSW), less biased than η² in small samples. */
    double omegaSquared() {
        return (sumOfSquaresBetween - degreesOfFreedomBetween * meanSquareWithin)
                / (sumOfSquaresBetween + sumOfSquaresWithin + meanSquareWithin);
    }
}
