package ai.kai.stats;

import java.util.List;

/**
 * Compare several groups with one-way ANOVA (plus Tukey HSD) or Kruskal–Wallis. Groups keep their order; use
 * {@link Sample#byGroup(double[], String[])} to split a value column by a group column.
 */
public record GroupComparisonRequest(String variable, List<Sample> groups, GroupTest test, double alpha)
        implements TestRequest {

    public GroupComparisonRequest {
        variable = variable == null || variable.isBlank() ? null : variable.strip();
        test = test == null ? GroupTest.ANOVA : test;
        Checks.groups(groups, 2, TukeyHsd.MAX_GROUPS, test == GroupTest.ANOVA ? "one-way ANOVA" : "the Kruskal–Wallis test");
        groups = List.copyOf(groups);
        Checks.alpha(alpha);
    }

    public static GroupComparisonRequest anova(List<Sample> groups) {
        return new GroupComparisonRequest(null, groups, GroupTest.ANOVA, DEFAULT_ALPHA);
    }

    public static GroupComparisonRequest kruskalWallis(List<Sample> groups) {
        return new GroupComparisonRequest(null, groups, GroupTest.KRUSKAL_WALLIS, DEFAULT_ALPHA);
    }

    public GroupComparisonRequest withAlpha(double a) {
        return new GroupComparisonRequest(variable, groups, test, a);
    }

    public GroupComparisonRequest withVariable(String v) {
        return new GroupComparisonRequest(v, groups, test, alpha);
    }
}
