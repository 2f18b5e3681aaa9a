package ai.kai.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** One-way ANOVA with η², assumption checks and, for three or more groups, Tukey HSD. */
final class Anova {
    private Anova() {
    }

    static TestResult test(GroupComparisonRequest r) {
        String name = "One-way ANOVA";
        List<Sample> groups = r.groups();
        for (Sample g : groups) {
            Checks.atLeast(g, 2, name);
        }
        AnovaTable table = AnovaTable.of(groups.stream().map(Sample::values).toList());
        if (table.sumOfSquaresWithin() == 0) {
            throw new KaiException(ErrorCode.CONSTANT_VALUES, table.sumOfSquaresBetween() == 0
                    ? "every value is the same; ANOVA needs values that vary"
                    : "every group is constant within itself, so there is no within-group variation to compare with; "
                            + "ANOVA's F is undefined");
        }
        double eta2 = table.etaSquared();
        Details details = new Details(r.alpha())
                .put("groups", groups.stream().map(GroupSummary::of).toList())
                .put("anova_table", table)
                .put("degrees_of_freedom_between", table.degreesOfFreedomBetween())
                .put("degrees_of_freedom_within", table.degreesOfFreedomWithin())
                .put("eta_squared", eta2)
                .put("omega_squared", table.omegaSquared())
                .put("effect_size_magnitude", Magnitude.etaSquared(eta2));
        details.put("normality", Assumptions.normality(List.of(new Sample("residuals", residuals(groups))), name,
                "the Kruskal–Wallis test", details));
        details.put("equal_variance", Assumptions.equalVariances(groups,
                "one-way ANOVA assumes equal variances; consider the Kruskal–Wallis test", details));
        TukeyResult tukey = null;
        if (groups.size() >= 3) {
            tukey = TukeyHsd.test(r.variable(), groups, r.alpha(), table.meanSquareWithin(), table.degreesOfFreedomWithin());
            details.put("post_hoc", tukey);
        }
        boolean significant = table.pValue() < r.alpha();
        String text = interpretation(r, table, significant, tukey);
        return new TestResult(name, table.fStatistic(), table.pValue(), table.degreesOfFreedomBetween(),
                new EffectSize("eta squared", eta2), null, significant, text, details.build());
    }

    static double[] residuals(List<Sample> groups) {
        List<Double> out = new ArrayList<>();
        for (Sample g : groups) {
            double[] v = g.values();
            double m = Sums.mean(v);
            for (double x : v) {
                out.add(x - m);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String interpretation(GroupComparisonRequest r, AnovaTable t, boolean significant, TukeyResult tukey) {
        List<Sample> groups = r.groups();
        double[] means = groups.stream().mapToDouble(g -> Sums.mean(g.values())).toArray();
        double largest = 0;
        for (double m : means) {
            largest = Math.max(largest, Math.abs(m));
        }
        int hi = 0;
        int lo = 0;
        for (int i = 1; i < means.length; i++) {
            hi = means[i] > means[hi] ? i : hi;
            lo = means[i] < means[lo] ? i : lo;
        }
        int dp = Format.decimals(largest, means[hi] - means[lo]);
        String who;
        if (groups.size() <= 8) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                items.add(groups.get(i).name() + " (" + Format.fixed(means[i], dp) + ")");
            }
            who = Format.list(items);
        } else {
            who = "the " + groups.size() + " groups (means from " + Format.fixed(means[lo], dp) + " in "
                    + groups.get(lo).name() + " to " + Format.fixed(means[hi], dp) + " in " + groups.get(hi).name() + ")";
        }
        String stat = "F(" + Format.df(t.degreesOfFreedomBetween()) + ", " + Format.df(t.degreesOfFreedomWithin()) + ") = "
                + Format.stat(t.fStatistic()) + ", " + Format.p(t.pValue());
        String effect = " Effect size: η² = " + Format.stat(t.etaSquared()) + " (" + Magnitude.etaSquared(t.etaSquared()) + ").";
        if (!significant) {
            return Wording.sentence(Wording.mean(r.variable())) + " does not differ significantly between " + who
                    + " (" + stat + ")." + effect;
        }
        String text = Wording.sentence(Wording.mean(r.variable())) + " differs significantly between " + who + " (" + stat
                + "): highest in " + groups.get(hi).name() + ", lowest in " + groups.get(lo).name() + "." + effect;
        if (tukey != null) {
            List<PairwiseComparison> sig = tukey.comparisons().stream().filter(PairwiseComparison::isSignificant)
                    .sorted(Comparator.comparingDouble(PairwiseComparison::pValue)).toList();
            text += sig.isEmpty()
                    ? " Tukey HSD finds no single pair that differs significantly."
                    : " Tukey HSD: " + String.join("; ", sig.stream().map(c -> c.groupA()
                            + (c.difference() > 0 ? " is higher than " : " is lower than ") + c.groupB() + " (adjusted "
                            + Format.p(c.pValue()) + ")").toList())
                            + (sig.size() < tukey.comparisons().size() ? "; the other pairs do not differ significantly." : ".");
        }
        return text;
    }
}
