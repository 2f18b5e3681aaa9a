package ai.kai.stats;

import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** The assumption checks as tests in their own right: Shapiro–Wilk and Levene/Brown–Forsythe. */
final class AssumptionTests {
    private AssumptionTests() {
    }

    static TestResult normality(Sample s, double alpha) {
        String name = "Shapiro–Wilk normality test";
        Checks.atLeast(s, ShapiroWilk.MIN_N, name);
        if (s.size() > ShapiroWilk.MAX_N) {
            throw new KaiException(ErrorCode.STATS_INVALID_INPUT, "the Shapiro–Wilk test takes at most "
                    + ShapiroWilk.MAX_N + " values; '" + s.name() + "' has " + s.size()
                    + " (at that size even trivial departures from normality are significant; look at a Q-Q plot)");
        }
        Checks.notConstant(s, name);
        ShapiroWilk.Result r = ShapiroWilk.test(s.values());
        boolean significant = r.pValue() < alpha;
        String stat = "W = " + Format.fixed(r.w(), 3) + ", " + Format.p(r.pValue()) + ", n = " + s.size();
        String text = significant
                ? "The values of " + s.name() + " do not look normally distributed (Shapiro–Wilk " + stat + ")."
                : "There is no significant evidence against normality for " + s.name() + " (Shapiro–Wilk " + stat
                        + "); this does not prove the data are normal.";
        return new TestResult(name, r.w(), r.pValue(), null, null, null, significant, text, new Details(alpha).build());
    }

    static TestResult equalVariances(String variable, List<Sample> groups, double alpha) {
        String name = "Levene's test (Brown–Forsythe)";
        Checks.groups(groups, 2, Integer.MAX_VALUE, name);
        for (Sample g : groups) {
            Checks.atLeast(g, 2, name);
        }
        AnovaTable t = BrownForsythe.test(groups.stream().map(Sample::values).toList());
        if (t == null) {
            throw new KaiException(ErrorCode.CONSTANT_VALUES, "every absolute deviation from the group medians is the "
                    + "same, so the spread of the groups cannot be compared; " + name + " needs more varied values");
        }
        List<String> sds = new ArrayList<>();
        String widest = groups.get(0).name();
        double widestSd = -1;
        for (Sample g : groups) {
            double sd = Sums.sd(g.values());
            sds.add(g.name() + " (sd " + Format.significant(sd, 3) + ")");
            if (sd > widestSd) {
                widestSd = sd;
                widest = g.name();
            }
        }
        boolean significant = t.pValue() < alpha;
        String what = variable == null || variable.isBlank() ? "the values" : variable.strip();
        String stat = "F(" + Format.df(t.degreesOfFreedomBetween()) + ", " + Format.df(t.degreesOfFreedomWithin()) + ") = "
                + Format.stat(t.fStatistic()) + ", " + Format.p(t.pValue());
        String text = significant
                ? "The spread of " + what + " differs significantly between " + Format.list(sds) + " (" + stat
                        + "); it is largest in " + widest + "."
                : "There is no significant difference in the spread of " + what + " between " + Format.list(sds) + " ("
                        + stat + ").";
        Details details = new Details(alpha).put("degrees_of_freedom_within", t.degreesOfFreedomWithin())
                .put("center", "median");
        return new TestResult(name, t.fStatistic(), t.pValue(), t.degreesOfFreedomBetween(), null, null, significant, text,
                details.build());
    }
}
