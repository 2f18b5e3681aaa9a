package ai.kai.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Fisher's exact test on a 2×2 table from the hypergeometric distribution (Commons Math), as R's
 * {@code fisher.test}: the two-sided p-value sums the probabilities of all tables with the same margins that
 * are no more likely than the observed one (with R's relative tolerance 1e-7). The effect size is the sample
 * odds ratio ad/bc with Woolf's log interval (SciPy's {@code contingency.odds_ratio(kind='sample')}); a zero
 * cell adds ½ to every cell for the ratio and its interval (Haldane–Anscombe), noted in the details.
 */
final class FisherExact {
    private static final double RELATIVE_TOLERANCE = 1 + 1e-7;
    private static final int MAX_SUPPORT = 10_000_000;

    private FisherExact() {
    }

    static TestResult test(ContingencyRequest r) {
        ContingencyTable t = r.table();
        if (t.rows() != 2 || t.columns() != 2) {
            throw new KaiException(ErrorCode.INVALID_CONTINGENCY_TABLE, "Fisher's exact test here takes a 2×2 table; "
                    + "this one is " + t.rows() + "×" + t.columns() + ", use the chi-square test");
        }
        long a = t.count(0, 0);
        long b = t.count(0, 1);
        long c = t.count(1, 0);
        long d = t.count(1, 1);
        long n = a + b + c + d;
        long firstColumn = a + c;
        long firstRow = a + b;
        if (n > Integer.MAX_VALUE || Math.min(firstColumn, firstRow) > MAX_SUPPORT) {
            throw new KaiException(ErrorCode.STATS_INVALID_INPUT, "this table is too large for an exact test ("
                    + n + " observations); use the chi-square test, which is accurate at this size");
        }
        HypergeometricDistribution h = new HypergeometricDistribution(null, (int) n, (int) firstColumn, (int) firstRow);
        double p = switch (r.alternative()) {
            case LESS -> h.cumulativeProbability((int) a);
            case GREATER -> h.upperCumulativeProbability((int) a);
            case TWO_SIDED -> twoSided(h, (int) a);
        };
        p = Math.min(1, p);
        boolean haldane = a == 0 || b == 0 || c == 0 || d == 0;
        double add = haldane ? 0.5 : 0;
        double logOr = Math.log(a + add) + Math.log(d + add) - Math.log(b + add) - Math.log(c + add);
        double se = Math.sqrt(1 / (a + add) + 1 / (b + add) + 1 / (c + add) + 1 / (d + add));
        double oddsRatio = Math.exp(logOr);
        ConfidenceInterval ci = switch (r.alternative()) {
            case TWO_SIDED -> {
                double z = Tails.normalQuantile(1 - r.alpha() / 2);
                yield ConfidenceInterval.of(Math.exp(logOr - z * se), Math.exp(logOr + z * se));
            }
            case GREATER -> new ConfidenceInterval(Math.exp(logOr - Tails.normalQuantile(1 - r.alpha()) * se), null);
            case LESS -> ConfidenceInterval.of(0, Math.exp(logOr + Tails.normalQuantile(1 - r.alpha()) * se));
        };
        Details details = new Details(r.alpha())
                .put("alternative", r.alternative().wire())
                .put("observed", t.counts())
                .put("row_variable", t.rowVariable())
                .put("column_variable", t.columnVariable())
                .put("row_labels", t.rowLabels())
                .put("column_labels", t.columnLabels())
                .put("odds_ratio", oddsRatio)
                .put("confidence_interval_of", "odds ratio (Woolf)")
                .put("haldane_anscombe_correction", haldane)
                .put("effect_size_magnitude", Magnitude.oddsRatio(oddsRatio));
        boolean significant = p < r.alpha();
        return new TestResult("Fisher's exact test", oddsRatio, p, null, new EffectSize("odds ratio", oddsRatio), ci,
                significant, interpretation(t, r, p, oddsRatio, ci, significant), details.build());
    }

    private static double twoSided(HypergeometricDistribution h, int observed) {
        int lo = h.getSupportLowerBound();
        int hi = h.getSupportUpperBound();
        double threshold = h.probability(observed) * RELATIVE_TOLERANCE;
        double[] included = new double[hi - lo + 1];
        for (int x = lo; x <= hi; x++) {
            double px = h.probability(x);
            included[x - lo] = px <= threshold ? px : 0;
        }
        return Sums.sum(included);
    }

    private static String interpretation(ContingencyTable t, ContingencyRequest r, double p, double or,
            ConfidenceInterval ci, boolean significant) {
        String outcome = "the odds of " + t.columnVariable() + " = " + t.columnLabels().get(0) + " (rather than "
                + t.columnLabels().get(1) + ")";
        String first = t.rowVariable() + " = " + t.rowLabels().get(0);
        String second = t.rowVariable() + " = " + t.rowLabels().get(1);
        int dp = Math.max(2, Format.decimalsForSignificant(or, 2));
        String ratio = "odds ratio " + Format.fixed(or, dp) + ", " + Wording.interval(1 - r.alpha(), ci, dp);
        String stat = (r.alternative() == Alternative.TWO_SIDED ? "Fisher's exact test, " : "one-sided Fisher's exact test, ")
                + Format.p(p);
        String between = t.rowVariable() + " and " + t.columnVariable();
        if (r.alternative() == Alternative.TWO_SIDED) {
            if (!significant) {
                return "There is no statistically significant association between " + between + " (" + stat + "; "
                        + ratio + ").";
            }
            return "There is a statistically significant association between " + between + " (" + stat + "): "
                    + outcome + " are " + Format.fixed(or, dp) + " times as high for " + first + " as for " + second
                    + " (" + ratio + ").";
        }
        String direction = r.alternative() == Alternative.GREATER ? "higher" : "lower";
        if (significant) {
            return Wording.sentence(outcome) + " are significantly " + direction + " for " + first + " than for " + second
                    + " (" + stat + "; " + ratio + ").";
        }
        return "The data do not show that " + outcome + " are " + direction + " for " + first + " than for " + second
                + " (" + stat + "; " + ratio + ").";
    }
}
