package ai.kai.stats;

import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The statistics capability: descriptive statistics, hypothesis tests, post-hoc comparisons, assumption
 * checks and correlations on plain Java values. Stateless and thread-safe; no I/O.
 *
 * <p>Every test returns a {@link TestResult} with the test's name, statistic, p-value, degrees of freedom,
 * named effect size, confidence interval where defined, significance at the requested alpha and a
 * plain-language interpretation naming the groups and the direction (only when significant). Bad input — too
 * few values, a group of one, constant values, NaN, mismatched lengths — fails with a
 * {@link ai.kai.error.KaiException} of kind INVALID_INPUT (HTTP 400), never with NaN.
 *
 * <p>Reference behaviour: Welch/Student/paired/one-sample t as R's {@code t.test}; Mann–Whitney as
 * {@code wilcox.test(exact = FALSE, correct = TRUE)}; ANOVA as {@code aov}, Tukey as {@code TukeyHSD} (with a
 * more accurate studentized range); Kruskal–Wallis as {@code kruskal.test}; chi-square as {@code chisq.test};
 * Fisher as {@code fisher.test} (with the sample odds ratio); correlations as {@code cor.test}.
 */
public final class StatisticsService {

    /** Descriptive statistics of one variable, overall and per group (groups in the given order). */
    public Description describe(String variable, List<Sample> groups) {
        return Descriptives.describe(variable, groups);
    }

    /** Descriptive statistics of a value column split by a group column (groups in order of first appearance). */
    public Description describe(String variable, double[] values, String[] groupLabels) {
        return Descriptives.describe(variable, Sample.byGroup(values, groupLabels));
    }

    /** Runs any test of the closed set of {@link TestRequest}s. */
    public TestResult test(TestRequest request) {
        return switch (request) {
            case TwoSampleRequest r -> twoSample(r);
            case OneSampleRequest r -> oneSample(r);
            case GroupComparisonRequest r -> compareGroups(r);
            case ContingencyRequest r -> contingency(r);
        };
    }

    /** Welch (default), Student, paired t-test or Mann–Whitney U; the difference is first minus second. */
    public TestResult twoSample(TwoSampleRequest request) {
        return checked(switch (request.method()) {
            case WELCH, STUDENT -> TTests.independent(request);
            case PAIRED -> TTests.paired(request);
            case MANN_WHITNEY -> MannWhitney.test(request);
        });
    }

    /** One-sample t-test of the mean against {@code mu}. */
    public TestResult oneSample(OneSampleRequest request) {
        return checked(TTests.oneSample(request));
    }

    /** One-way ANOVA (with Tukey HSD in {@code details.post_hoc} for three or more groups) or Kruskal–Wallis. */
    public TestResult compareGroups(GroupComparisonRequest request) {
        return checked(switch (request.test()) {
            case ANOVA -> Anova.test(request);
            case KRUSKAL_WALLIS -> KruskalWallis.test(request);
        });
    }

    public TestResult anova(String variable, List<Sample> groups, double alpha) {
        return compareGroups(new GroupComparisonRequest(variable, groups, GroupTestKind.ANOVA, alpha));
    }

    public TestResult kruskalWallis(String variable, List<Sample> groups, double alpha) {
        return compareGroups(new GroupComparisonRequest(variable, groups, GroupTestKind.KRUSKAL_WALLIS, alpha));
    }

    /** Tukey HSD on its own: every pair of groups with family-wise intervals and adjusted p-values. */
    public TukeyResult tukey(String variable, List<Sample> groups, double alpha) {
        GroupComparisonRequest r = new GroupComparisonRequest(variable, groups, GroupTestKind.ANOVA, alpha);
        for (Sample g : r.groups()) {
            Checks.atLeast(g, 2, "Tukey HSD");
        }
        AnovaTable table = AnovaTable.of(r.groups().stream().map(Sample::values).toList());
        if (table.sumOfSquaresWithin() == 0) {
            throw new KaiException(ErrorCode.CONSTANT_VALUES,
                    "every group is constant within itself; Tukey HSD needs within-group variation");
        }
        return checked(TukeyHsd.test(r.variable(), r.groups(), alpha, table.meanSquareWithin(),
                table.degreesOfFreedomWithin()));
    }

    /** Chi-square test of independence or Fisher's exact test, as the request says. */
    public TestResult contingency(ContingencyRequest request) {
        return checked(switch (request.test()) {
            case CHI_SQUARE -> ChiSquareIndependence.test(request);
            case FISHER_EXACT -> FisherExact.test(request);
        });
    }

    public TestResult chiSquare(ContingencyTable table, double alpha) {
        return contingency(ContingencyRequest.chiSquare(table).withAlpha(alpha));
    }

    public TestResult fisher(ContingencyTable table, Alternative alternative, double alpha) {
        return contingency(ContingencyRequest.fisher(table).withAlternative(alternative).withAlpha(alpha));
    }

    /** Shapiro–Wilk test of normality (3 to 5000 values). */
    public TestResult normality(Sample sample, double alpha) {
        return checked(AssumptionTests.normality(sample, Checks.alpha(alpha)));
    }

    /** Levene's test of equal variances in the Brown–Forsythe (median-centred) form. */
    public TestResult equalVariances(String variable, List<Sample> groups, double alpha) {
        return checked(AssumptionTests.equalVariances(variable, groups, Checks.alpha(alpha)));
    }

    public CorrelationResult correlate(CorrelationRequest request) {
        return checked(Correlations.test(request));
    }

    /** Every pairwise correlation of the variables (all of the same length). */
    public CorrelationMatrix correlationMatrix(List<Sample> variables, CorrelationMethod method, double alpha) {
        CorrelationMatrix m = Correlations.matrix(variables, method, Checks.alpha(alpha));
        m.pairs().forEach(StatisticsService::checked);
        return m;
    }

    private static TestResult checked(TestResult r) {
        Checks.finiteResult(r.testName(), r.statistic(), r.pValue(), orZero(r.degreesOfFreedom()),
                r.effectSize() == null ? 0 : r.effectSize().value());
        checked(r.testName(), r.confidenceInterval());
        return r;
    }

    private static CorrelationResult checked(CorrelationResult r) {
        Checks.finiteResult(r.testName(), r.coefficient(), r.pValue());
        checked(r.testName(), r.confidenceInterval());
        return r;
    }

    private static TukeyResult checked(TukeyResult r) {
        Checks.finiteResult(r.testName(), r.criticalValue(), r.meanSquareError());
        for (PairwiseComparison c : r.comparisons()) {
            Checks.finiteResult(r.testName(), c.difference(), c.statistic(), c.pValue());
            checked(r.testName(), c.confidenceInterval());
        }
        return r;
    }

    private static void checked(String what, ConfidenceInterval ci) {
        if (ci != null) {
            Checks.finiteResult(what, orZero(ci.lower()), orZero(ci.upper()));
        }
    }

    private static double orZero(Double x) {
        return x == null ? 0 : x;
    }
}
