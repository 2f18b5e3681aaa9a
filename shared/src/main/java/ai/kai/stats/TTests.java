package ai.kai.stats;

import java.util.List;

import org.apache.commons.math3.special.Gamma;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Welch's, Student's, paired and one-sample t-tests with confidence intervals and standardised effect sizes.
 * Statistics, degrees of freedom, p-values and intervals are those of R's {@code t.test} (and SciPy's
 * {@code ttest_ind}/{@code ttest_rel}/{@code ttest_1samp}); the t distribution comes from Commons Math.
 * Effect sizes: Hedges' g for independent groups (the difference over the pooled standard deviation, for Welch
 * too, times the exact small-sample correction J), Cohen's d_z for pairs (mean difference over the standard
 * deviation of the differences) and Cohen's d for one sample ((mean − mu) / sd).
 */
final class TTests {
    private static final String MANN_WHITNEY = "the Mann–Whitney U test";

    private TTests() {
    }

    static TestResult independent(TwoSampleRequest r) {
        boolean welch = r.method() == TwoSampleMethod.WELCH;
        String name = welch ? "Welch's t-test" : "Student's t-test";
        Sample a = r.first();
        Sample b = r.second();
        Checks.atLeast(a, 2, name);
        Checks.atLeast(b, 2, name);
        double[] x = a.values();
        double[] y = b.values();
        int n1 = x.length;
        int n2 = y.length;
        double m1 = Sums.mean(x);
        double m2 = Sums.mean(y);
        double v1 = Sums.variance(x);
        double v2 = Sums.variance(y);
        if (v1 == 0 && v2 == 0) {
            throw new KaiException(ErrorCode.CONSTANT_VALUES, "both groups are constant ('" + a.name() + "' is always "
                    + Format.plain(x[0]) + ", '" + b.name() + "' is always " + Format.plain(y[0])
                    + "); a t-test needs variation within the groups");
        }
        double pooledVariance = ((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2);
        double se;
        double df;
        if (welch) {
            double q1 = v1 / n1;
            double q2 = v2 / n2;
            se = Math.sqrt(q1 + q2);
            df = (q1 + q2) * (q1 + q2) / (q1 * q1 / (n1 - 1) + q2 * q2 / (n2 - 1));
        } else {
            se = Math.sqrt(pooledVariance * (1.0 / n1 + 1.0 / n2));
            df = n1 + n2 - 2;
        }
        double diff = m1 - m2;
        double t = diff / se;
        double p = Tails.tP(t, df, r.alternative());
        ConfidenceInterval ci = interval(diff, se, df, r.alpha(), r.alternative());
        double d = diff / Math.sqrt(pooledVariance);
        double g = d * hedgesCorrection(n1 + n2 - 2);
        EffectSize effect = new EffectSize("Hedges' g", g);

        Details details = new Details(r.alpha())
                .put("alternative", r.alternative().wire())
                .put("groups", List.of(GroupSummary.of(a), GroupSummary.of(b)))
                .put("mean_difference", diff)
                .put("standard_error", se)
                .put("cohens_d", d)
                .put("hedges_g", g)
                .put("effect_size_magnitude", Magnitude.d(g));
        details.put("normality", Assumptions.normality(List.of(a, b), name, MANN_WHITNEY, details));
        if (!welch) {
            details.put("equal_variance", Assumptions.equalVariances(List.of(a, b),
                    "Student's t-test assumes equal variances; Welch's t-test does not", details));
        }
        boolean significant = p < r.alpha();
        String statText = (welch ? "Welch's" : "Student's") + " t(" + Format.df(df) + ") = " + Format.stat(t)
                + pText(p, r.alternative());
        String text = compare(Wording.meanIn(r.variable(), a.name()), r.variable(), b.name(), m1, m2, ci, r.alpha(),
                r.alternative(), significant, statText, "")
                + " Effect size: Hedges' g = " + Format.stat(g) + " (" + Magnitude.d(g) + ").";
        return new TestResult(name, t, p, df, effect, ci, significant, text, details.build());
    }

    static TestResult paired(TwoSampleRequest r) {
        String name = "Paired t-test";
        Sample a = r.first();
        Sample b = r.second();
        Checks.sameLength(a, b, "a paired test");
        if (a.size() < 2) {
            throw new KaiException(ErrorCode.TOO_FEW_OBSERVATIONS, "a paired t-test needs at least 2 pairs; got " + a.size());
        }
        double[] x = a.values();
        double[] y = b.values();
        int n = x.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = x[i] - y[i];
        }
        if (Assumptions.allEqual(d)) {
            throw new KaiException(ErrorCode.CONSTANT_VALUES, "every paired difference " + a.name() + " − " + b.name()
                    + " equals " + Format.plain(d[0]) + "; a paired t-test needs differences that vary");
        }
        double md = Sums.mean(d);
        double sd = Sums.sd(d);
        double se = sd / Math.sqrt(n);
        double df = n - 1;
        double t = md / se;
        double p = Tails.tP(t, df, r.alternative());
        ConfidenceInterval ci = interval(md, se, df, r.alpha(), r.alternative());
        double dz = md / sd;
        Sample differences = new Sample(a.name() + " − " + b.name(), d);
        Details details = new Details(r.alpha())
                .put("alternative", r.alternative().wire())
                .put("groups", List.of(GroupSummary.of(a), GroupSummary.of(b)))
                .put("pairs", n)
                .put("mean_difference", md)
                .put("std_dev_difference", sd)
                .put("standard_error", se)
                .put("effect_size_magnitude", Magnitude.d(dz));
        details.put("normality", Assumptions.normality(List.of(differences), name, "the Wilcoxon signed-rank test", details));
        boolean significant = p < r.alpha();
        String statText = "paired t(" + Format.df(df) + ") = " + Format.stat(t) + pText(p, r.alternative());
        String text = compare(Wording.meanIn(r.variable(), a.name()), r.variable(), b.name(), Sums.mean(x), Sums.mean(y),
                ci, r.alpha(), r.alternative(), significant, statText, " on average across " + n + " pairs")
                + " Effect size: Cohen's d_z = " + Format.stat(dz) + " (" + Magnitude.d(dz) + ").";
        return new TestResult(name, t, p, df, new EffectSize("Cohen's d_z", dz), ci, significant, text, details.build());
    }

    static TestResult oneSample(OneSampleRequest r) {
        String name = "One-sample t-test";
        Sample s = r.sample();
        Checks.atLeast(s, 2, name);
        Checks.notConstant(s, name);
        double[] x = s.values();
        int n = x.length;
        double m = Sums.mean(x);
        double sd = Sums.sd(x);
        double se = sd / Math.sqrt(n);
        double df = n - 1;
        double t = (m - r.mu()) / se;
        double p = Tails.tP(t, df, r.alternative());
        ConfidenceInterval ci = interval(m, se, df, r.alpha(), r.alternative());
        double d = (m - r.mu()) / sd;
        Details details = new Details(r.alpha())
                .put("alternative", r.alternative().wire())
                .put("groups", List.of(GroupSummary.of(s)))
                .put("hypothesized_mean", r.mu())
                .put("mean_difference", m - r.mu())
                .put("standard_error", se)
                .put("effect_size_magnitude", Magnitude.d(d))
                .put("confidence_interval_of", "mean");
        details.put("normality", Assumptions.normality(List.of(s), name, "the Wilcoxon signed-rank test", details));
        boolean significant = p < r.alpha();
        String statText = "t(" + Format.df(df) + ") = " + Format.stat(t) + pText(p, r.alternative());
        String text = oneSampleText(Wording.meanIn(r.variable(), s.name()), m, r.mu(), ci, r.alpha(), r.alternative(),
                significant, statText) + " Effect size: Cohen's d = " + Format.stat(d) + " (" + Magnitude.d(d) + ").";
        return new TestResult(name, t, p, df, new EffectSize("Cohen's d", d), ci, significant, text, details.build());
    }

    /** Hedges' exact small-sample correction J(df) = Γ(df/2) / (√(df/2) Γ((df−1)/2)) (Hedges 1981). */
    static double hedgesCorrection(double df) {
        return Math.exp(Gamma.logGamma(df / 2) - 0.5 * Math.log(df / 2) - Gamma.logGamma((df - 1) / 2));
    }

    static ConfidenceInterval interval(double estimate, double se, double df, double alpha, Alternative alternative) {
        return switch (alternative) {
            case TWO_SIDED -> {
                double q = Tails.tQuantile(1 - alpha / 2, df);
                yield ConfidenceInterval.of(estimate - q * se, estimate + q * se);
            }
            case GREATER -> new ConfidenceInterval(estimate - Tails.tQuantile(1 - alpha, df) * se, null);
            case LESS -> new ConfidenceInterval(null, estimate + Tails.tQuantile(1 - alpha, df) * se);
        };
    }

    static String pText(double p, Alternative alternative) {
        return alternative == Alternative.TWO_SIDED ? ", " + Format.p(p) : ", one-sided " + Format.p(p);
    }

    /**
     * The sentence comparing two means. Only a significant result names a direction; a non-significant one
     * says the data do not show a difference.
     */
    static String compare(String meanA, String variable, String groupB, double ma, double mb, ConfidenceInterval ci,
            double alpha, Alternative alternative, boolean significant, String statText, String pairing) {
        double diff = ma - mb;
        int dp = Format.decimals(Math.max(Math.abs(ma), Math.abs(mb)), diff);
        String a = Format.fixed(ma, dp);
        String b = Format.fixed(mb, dp);
        String interval = Wording.interval(1 - alpha, ci, dp);
        String than = Wording.thanIn(variable, groupB);
        if (alternative == Alternative.TWO_SIDED) {
            if (significant) {
                return Wording.sentence(meanA) + " (" + a + ") is " + (diff > 0 ? "higher" : "lower") + " than " + than
                        + " (" + b + ") by " + Format.fixed(Math.abs(diff), dp) + pairing + " (" + interval
                        + "); the difference is statistically significant (" + statText + ").";
            }
            return Wording.sentence(meanA) + " (" + a + ") does not differ significantly from "
                    + Wording.fromThatIn(variable, groupB) + " (" + b + "): the difference" + pairing + " is "
                    + Format.fixed(diff, dp) + " (" + interval + ", which includes zero; " + statText + ").";
        }
        String direction = alternative == Alternative.GREATER ? "higher" : "lower";
        if (significant) {
            return Wording.sentence(meanA) + " (" + a + ") is significantly " + direction + " than " + than + " (" + b
                    + "), by " + Format.fixed(Math.abs(diff), dp) + pairing + " (" + interval + "; " + statText + ").";
        }
        return "The data do not show that " + meanA + " (" + a + ") is " + direction + " than " + than + " (" + b
                + ") (difference" + pairing + " " + Format.fixed(diff, dp) + ", " + interval + "; " + statText + ").";
    }

    private static String oneSampleText(String mean, double m, double mu, ConfidenceInterval ci, double alpha,
            Alternative alternative, boolean significant, String statText) {
        double diff = m - mu;
        int dp = Format.decimals(Math.max(Math.abs(m), Math.abs(mu)), diff);
        String interval = Wording.interval(1 - alpha, ci, dp).replace(" CI ", " CI for the mean ");
        String value = Format.plain(mu);
        if (alternative == Alternative.TWO_SIDED) {
            if (significant) {
                return Wording.sentence(mean) + " (" + Format.fixed(m, dp) + ") is " + (diff > 0 ? "higher" : "lower")
                        + " than " + value + " by " + Format.fixed(Math.abs(diff), dp) + " (" + interval
                        + "); the difference is statistically significant (" + statText + ").";
            }
            return Wording.sentence(mean) + " (" + Format.fixed(m, dp) + ") does not differ significantly from " + value
                    + " (" + interval + ", which includes " + value + "; " + statText + ").";
        }
        String direction = alternative == Alternative.GREATER ? "higher" : "lower";
        if (significant) {
            return Wording.sentence(mean) + " (" + Format.fixed(m, dp) + ") is significantly " + direction + " than "
                    + value + ", by " + Format.fixed(Math.abs(diff), dp) + " (" + interval + "; " + statText + ").";
        }
        return "The data do not show that " + mean + " (" + Format.fixed(m, dp) + ") is " + direction + " than " + value
                + " (" + interval + "; " + statText + ").";
    }
}
