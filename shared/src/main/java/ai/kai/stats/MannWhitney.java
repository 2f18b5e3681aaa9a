package ai.kai.stats;

import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The Mann–Whitney U (Wilcoxon rank-sum) test by the normal approximation with tie and continuity
 * corrections. It reproduces R's {@code wilcox.test(x, y, exact = FALSE, correct = TRUE)} — U is R's W, the
 * statistic of the first sample — which is also SciPy's {@code mannwhitneyu(x, y, use_continuity=True,
 * method='asymptotic')}. The interval for the location shift is R's asymptotic {@code conf.int}: where the
 * corrected z of x − d against y crosses the normal quantile, which is always one of the pairwise differences.
 */
final class MannWhitney {
    private MannWhitney() {
    }

    static TestResult test(TwoSampleRequest r) {
        String name = "Mann–Whitney U test";
        Sample a = r.first();
        Sample b = r.second();
        Checks.atLeast(a, 2, name);
        Checks.atLeast(b, 2, name);
        double[] x = a.values();
        double[] y = b.values();
        double n1 = x.length;
        double n2 = y.length;
        double n = n1 + n2;
        double[] all = Ranks.concat(x, y);
        double sigma = Math.sqrt(n1 * n2 / 12 * ((n + 1) - Ranks.tieCubes(all) / (n * (n - 1))));
        if (sigma == 0) {
            throw new KaiException(ErrorCode.CONSTANT_VALUES, "every value in '" + a.name() + "' and '" + b.name()
                    + "' is " + Format.plain(x[0]) + "; a rank test needs values that differ");
        }
        double[] ranks = Ranks.of(all);
        double rankSum = 0;
        for (int i = 0; i < x.length; i++) {
            rankSum += ranks[i];
        }
        double u = rankSum - n1 * (n1 + 1) / 2;
        double centred = u - n1 * n2 / 2;
        double correction = switch (r.alternative()) {
            case TWO_SIDED -> 0.5 * Math.signum(centred);
            case GREATER -> 0.5;
            case LESS -> -0.5;
        };
        double z = (centred - correction) / sigma;
        double p = Tails.normalP(z, r.alternative());
        double rankBiserial = 2 * u / (n1 * n2) - 1;

        double[] xs = Sums.sorted(x);
        double[] ys = Sums.sorted(y);
        double shift = PairwiseDifferences.median(xs, ys);
        double sigmaCi = Math.sqrt(n1 * n2 / 12 * ((n + 1) - (Ranks.tieCubes(x) + Ranks.tieCubes(y)) / (n * (n - 1))));
        ConfidenceInterval ci = PairwiseDifferences.shiftInterval(xs, ys, sigmaCi, r.alpha(), r.alternative());

        Details details = new Details(r.alpha())
                .put("alternative", r.alternative().wire())
                .put("u_statistic_second", n1 * n2 - u)
                .put("z", z)
                .put("medians", List.of(median(a), median(b)))
                .put("rank_biserial_r", rankBiserial)
                .put("probability_of_superiority", u / (n1 * n2))
                .put("hodges_lehmann_shift", shift)
                .put("confidence_interval_of", "location shift (Hodges–Lehmann), " + a.name() + " − " + b.name())
                .put("effect_size_magnitude", Magnitude.r(rankBiserial));
        if (Math.min(n1, n2) < 10) {
            details.warn("with samples this small (n = " + (int) n1 + " and " + (int) n2
                    + ") the normal approximation behind the p-value is rough; treat p-values near alpha with caution");
        }
        boolean significant = p < r.alpha();
        String text = interpretation(r, a, b, u, z, p, significant, rankBiserial, shift, ci);
        return new TestResult(name, u, p, null, new EffectSize("rank-biserial r", rankBiserial), ci, significant, text,
                details.build());
    }

    record GroupMedian(String group, double median) {
    }

    private static GroupMedian median(Sample s) {
        return new GroupMedian(s.name(), Sums.median(s.values()));
    }

    private static String interpretation(TwoSampleRequest r, Sample a, Sample b, double u, double z, double p,
            boolean significant, double rankBiserial, double shift, ConfidenceInterval ci) {
        double ma = Sums.median(a.values());
        double mb = Sums.median(b.values());
        int dp = Format.decimals(Math.max(Math.abs(ma), Math.abs(mb)), shift);
        String first = Wording.values(r.variable()) + " in " + a.name() + " (median " + Format.fixed(ma, dp) + ")";
        String second = "those in " + b.name() + " (median " + Format.fixed(mb, dp) + ")";
        String stat = "Mann–Whitney U = " + Format.plain(u) + ", z = " + Format.stat(z) + TTests.pText(p, r.alternative());
        String effect = " Effect size: rank-biserial r = " + Format.stat(rankBiserial) + " (" + Magnitude.r(rankBiserial)
                + "); Hodges–Lehmann shift " + a.name() + " − " + b.name() + " = " + Format.fixed(shift, dp)
                + (ci.lower() != null || ci.upper() != null ? " (" + Wording.interval(1 - r.alpha(), ci, dp) + ")" : "")
                + ".";
        String sentence;
        if (r.alternative() == Alternative.TWO_SIDED) {
            sentence = significant
                    ? Wording.sentence(first) + " tend to be " + (rankBiserial > 0 ? "higher" : "lower") + " than "
                            + second + "; the difference is statistically significant (" + stat + ")."
                    : Wording.sentence(first) + " and " + second.replace("those in ", "in ")
                            + " do not differ significantly in location (" + stat + ").";
        } else {
            String direction = r.alternative() == Alternative.GREATER ? "higher" : "lower";
            sentence = significant
                    ? Wording.sentence(first) + " tend to be significantly " + direction + " than " + second + " (" + stat + ")."
                    : "The data do not show that " + first + " tend to be " + direction + " than " + second + " (" + stat + ").";
        }
        return sentence + effect;
    }
}
