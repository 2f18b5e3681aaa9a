package ai.kai.stats;

/**
 * Test a contingency table for association: the chi-square test of independence (any r×c table; Yates'
 * continuity correction on 2×2 tables by default, as R's {@code chisq.test} and SciPy's
 * {@code chi2_contingency}) or Fisher's exact test (2×2).
 *
 * @param alternative only for Fisher's exact test, about the odds ratio versus 1; chi-square is two-sided
 */
public record ContingencyRequest(ContingencyTable table, ContingencyTestKind test, Alternative alternative,
        boolean yatesCorrection, double alpha) implements TestRequest {

    public ContingencyRequest {
        if (table == null) {
            throw Checks.invalid("a contingency test needs a table of counts");
        }
        test = test == null ? ContingencyTestKind.CHI_SQUARE : test;
        alternative = alternative == null ? Alternative.TWO_SIDED : alternative;
        if (test == ContingencyTestKind.CHI_SQUARE && alternative != Alternative.TWO_SIDED) {
            throw Checks.invalid("the chi-square test has no one-sided form; use Fisher's exact test on a 2×2 table");
        }
        Checks.alpha(alpha);
    }

    /** Chi-square test of independence with Yates' correction for 2×2 tables, alpha 0.05. */
    public static ContingencyRequest chiSquare(ContingencyTable table) {
        return new ContingencyRequest(table, ContingencyTestKind.CHI_SQUARE, Alternative.TWO_SIDED, true, DEFAULT_ALPHA);
    }

    /** Fisher's exact test, two-sided, alpha 0.05. */
    public static ContingencyRequest fisher(ContingencyTable table) {
        return new ContingencyRequest(table, ContingencyTestKind.FISHER_EXACT, Alternative.TWO_SIDED, true, DEFAULT_ALPHA);
    }

    public ContingencyRequest withAlpha(double a) {
        return new ContingencyRequest(table, test, alternative, yatesCorrection, a);
    }

    public ContingencyRequest withAlternative(Alternative a) {
        return new ContingencyRequest(table, test, a, yatesCorrection, alpha);
    }

    public ContingencyRequest withYatesCorrection(boolean yates) {
        return new ContingencyRequest(table, test, alternative, yates, alpha);
    }
}
