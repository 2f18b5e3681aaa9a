package ai.kai.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks behind {@code details.warnings}: Shapiro–Wilk for normality and Levene/Brown–Forsythe for equal
 * variances, each screened at the conventional 5% level (independent of the test's own alpha) so that a warning
 * means the same thing everywhere. They inform; they never change the test that was asked for.
 */
final class Assumptions {
    static final double SCREENING_LEVEL = 0.05;
    /** From this size on, the t-test and ANOVA are robust to moderate non-normality (central limit theorem). */
    static final int ROBUST_N = 30;

    /** One normality check, as reported in {@code details.normality}. */
    record NormalityCheck(String group, int n, double w, double pValue) {
    }

    /** The equal-variance check, as reported in {@code details.equal_variance}. */
    record VarianceCheck(String testName, double statistic, double pValue, double dfBetween, double dfWithin) {
    }

    private Assumptions() {
    }

    /** Null when the check does not apply (fewer than 3 or more than 5000 values, or all equal). */
    static NormalityCheck normality(String group, double[] values) {
        if (!ShapiroWilk.applicable(values.length) || allEqual(values)) {
            return null;
        }
        ShapiroWilk.Result r = ShapiroWilk.test(values);
        return new NormalityCheck(group, values.length, r.w(), r.pValue());
    }

    /**
     * Checks each sample for normality, adds a warning per sample that fails (or is too small to check), and
     * returns the checks made. {@code alternative} names the rank-based test to suggest.
     */
    static List<NormalityCheck> normality(List<Sample> samples, String testName, String alternative, Details details) {
        List<NormalityCheck> checks = new ArrayList<>();
        for (Sample s : samples) {
            if (s.size() < ShapiroWilk.MIN_N) {
                details.warn("normality of '" + s.name() + "' cannot be checked with " + s.size()
                        + " observations; " + testName + " relies on it");
                continue;
            }
            NormalityCheck c = normality(s.name(), s.values());
            if (c == null) {
                continue;
            }
            checks.add(c);
            if (c.pValue() < SCREENING_LEVEL) {
                details.warn(nonNormal(c, testName, alternative));
            }
        }
        return checks;
    }

    static String nonNormal(NormalityCheck c, String testName, String alternative) {
        String head = "'" + c.group() + "' does not look normally distributed (Shapiro–Wilk W = "
                + Format.fixed(c.w(), 3) + ", " + Format.p(c.pValue()) + ", n = " + c.n() + "); ";
        return c.n() < ROBUST_N
                ? head + "with fewer than " + ROBUST_N + " observations " + testName
                        + " may be unreliable; consider " + alternative
                : head + "with " + c.n() + " observations " + testName
                        + " is fairly robust to this, but look for outliers";
    }

    /** The Brown–Forsythe check, with a warning when variances look unequal; null when undefined. */
    static VarianceCheck equalVariances(List<Sample> samples, String consequence, Details details) {
        AnovaTable t = BrownForsythe.test(samples.stream().map(Sample::values).toList());
        if (t == null) {
            return null;
        }
        VarianceCheck c = new VarianceCheck("Levene's test (Brown–Forsythe, median-centred)", t.fStatistic(),
                t.pValue(), t.degreesOfFreedomBetween(), t.degreesOfFreedomWithin());
        if (c.pValue() < SCREENING_LEVEL) {
            List<String> sds = new ArrayList<>();
            for (Sample s : samples) {
                sds.add(s.name() + " " + Format.significant(Sums.sd(s.values()), 3));
            }
            details.warn("the variances look unequal (Levene/Brown–Forsythe F(" + Format.df(c.dfBetween()) + ", "
                    + Format.df(c.dfWithin()) + ") = " + Format.stat(c.statistic()) + ", " + Format.p(c.pValue())
                    + "; standard deviations: " + String.join(", ", sds) + "); " + consequence);
        }
        return c;
    }

    static boolean allEqual(double[] v) {
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }
}
