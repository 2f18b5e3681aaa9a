package ai.kai.stats;

import java.util.List;

/**
 * Compare several groups with one-way ANOVA (plus Tukey HSD) or Kruskal–Wallis. Groups keep their order; use
 * {@link Sample#byGroup(double[], String[])} to split a value column by a group column.
 */
public record GroupComparisonRequest(String variable, List<Sample> groups, GroupTestKind test, double alpha)
        implements TestRequest {

    public GroupComparisonRequest {
        variable = variable == null || variable.isBlank() ? null : variable.strip();
        test = test == null ? GroupTestKind.ANOVA : test;
        Checks.groups(groups, 2, TukeyHsd.MAX_GROUPS, test == GroupTestKind.ANOVA ? "one-way ANOVA" : "the Kruskal–Wallis test");
        groups = List.copyOf(groups);
        Checks.alpha(alpha);
    }

    public static GroupComparisonRequest anova(List<Sample> groups) {
        return new GroupComparisonRequest(null, groups, GroupTestKind.ANOVA, DEFAULT_ALPHA);
    }

    public static GroupComparisonRequest kruskalWallis(List<Sample> groups) {
        return new GroupComparisonRequest(null, groups, GroupTestKind.KRUSKAL_WALLIS, DEFAULT_ALPHA);
    }

    public GroupComparisonRequest withAlpha(double a) {
        return new GroupComparisonRequest(variable, groups, test, a);
    }

    public GroupComparisonRequest withVariable(String v) {
        return new GroupComparisonRequest(v, groups, test, alpha);
    }
}
