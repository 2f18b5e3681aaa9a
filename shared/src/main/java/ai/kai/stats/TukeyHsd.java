package ai.kai.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Tukey HSD after a one-way ANOVA, as R's {@code TukeyHSD(aov(...))} and SciPy's {@code tukey_hsd}:
 * standard error √(MSE/2 · (1/nᵢ + 1/nⱼ)), q = |difference| / SE, p = P(Q &gt; q; k, df_within), interval
 * difference ± q(1 − alpha; k, df)·SE, with the studentized range from {@link StudentizedRange}.
 */
final class TukeyHsd {
    /** Post-hoc comparisons grow as k²; beyond this many groups a pairwise table stops being readable. */
    static final int MAX_GROUPS = 50;

    private TukeyHsd() {
    }

    static TukeyResult test(String variable, List<Sample> groups, double alpha, double meanSquareError, double df) {
        int k = groups.size();
        double critical = StudentizedRange.upperQuantile(alpha, k, df);
        double[] means = groups.stream().mapToDouble(g -> Sums.mean(g.values())).toArray();
        double largest = 0;
        for (double m : means) {
            largest = Math.max(largest, Math.abs(m));
        }
        List<PairwiseComparison> comparisons = new ArrayList<>();
        List<String> significant = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                Sample a = groups.get(i);
                Sample b = groups.get(j);
                double diff = means[i] - means[j];
                double se = Math.sqrt(meanSquareError / 2 * (1.0 / a.size() + 1.0 / b.size()));
                double q = Math.abs(diff) / se;
                double p = StudentizedRange.upperTail(q, k, df);
                ConfidenceInterval ci = ConfidenceInterval.of(diff - critical * se, diff + critical * se);
                boolean sig = p < alpha;
                int dp = Format.decimals(largest, diff);
                String text = comparisonText(variable, a.name(), b.name(), diff, ci, p, sig, alpha, dp);
                comparisons.add(new PairwiseComparison(a.name(), b.name(), diff, ci, q, p, sig, text));
                if (sig) {
                    significant.add((diff > 0 ? a.name() + " is higher than " + b.name() : a.name() + " is lower than " + b.name())
                            + " by " + Format.fixed(Math.abs(diff), dp) + " (adjusted " + Format.p(p) + ")");
                }
            }
        }
        int pairs = comparisons.size();
        String head = "Tukey HSD (" + Format.percent(1 - alpha) + " family-wise confidence) on "
                + Wording.mean(variable) + ": ";
        String text = significant.isEmpty()
                ? head + "no pair of groups differs significantly (" + pairs + (pairs == 1 ? " pair" : " pairs") + " compared)."
                : head + significant.size() + " of " + pairs + (pairs == 1 ? " pair differs" : " pairs differ")
                        + " significantly: " + String.join("; ", significant) + "."
                        + (significant.size() < pairs ? " The other pairs do not differ significantly." : "");
        Details details = new Details(alpha);
        return new TukeyResult("Tukey HSD", k, df, meanSquareError, critical, comparisons, text, details.build());
    }

    private static String comparisonText(String variable, String a, String b, double diff, ConfidenceInterval ci,
            double p, boolean significant, double alpha, int dp) {
        String interval = Wording.interval(1 - alpha, ci, dp).replace(" CI ", " family-wise CI ");
        if (significant) {
            return Wording.sentence(Wording.meanIn(variable, a)) + " is " + (diff > 0 ? "higher" : "lower") + " than "
                    + Wording.thanIn(variable, b) + " by " + Format.fixed(Math.abs(diff), dp) + " (" + interval
                    + "; adjusted " + Format.p(p) + ").";
        }
        return Wording.sentence(Wording.meanIn(variable, a)) + " does not differ significantly from "
                + Wording.fromThatIn(variable, b) + " (difference " + Format.fixed(diff, dp) + ", " + interval
                + "; adjusted " + Format.p(p) + ").";
    }
}
