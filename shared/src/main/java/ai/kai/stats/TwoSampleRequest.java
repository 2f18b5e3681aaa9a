package ai.kai.stats;

/**
 * Compare two samples: {@code first} minus {@code second} is the difference that is estimated and tested.
 *
 * @param variable    what was measured, used in the interpretation ("revenue"); null for "the mean of North"
 * @param method      Welch (default), Student, paired or Mann–Whitney
 * @param alternative about first minus second; two-sided by default
 * @param alpha       significance level in (0, 0.5), e.g. 0.05
 */
public record TwoSampleRequest(String variable, Sample first, Sample second, TwoSampleMethod method,
        Alternative alternative, double alpha) implements TestRequest {

    public TwoSampleRequest {
        variable = variable == null || variable.isBlank() ? null : variable.strip();
        if (first == null || second == null) {
            throw Checks.invalid("a two-sample test needs two samples");
        }
        if (first.name().equals(second.name())) {
            throw Checks.invalid("both samples are named '" + first.name() + "'; give the two groups different names");
        }
        method = method == null ? TwoSampleMethod.WELCH : method;
        alternative = alternative == null ? Alternative.TWO_SIDED : alternative;
        Checks.alpha(alpha);
    }

    /** Welch's t-test, two-sided, alpha 0.05. */
    public static TwoSampleRequest of(Sample first, Sample second) {
        return new TwoSampleRequest(null, first, second, TwoSampleMethod.WELCH, Alternative.TWO_SIDED, DEFAULT_ALPHA);
    }

    public TwoSampleRequest withMethod(TwoSampleMethod m) {
        return new TwoSampleRequest(variable, first, second, m, alternative, alpha);
    }

    public TwoSampleRequest withAlternative(Alternative a) {
        return new TwoSampleRequest(variable, first, second, method, a, alpha);
    }

    public TwoSampleRequest withAlpha(double a) {
        return new TwoSampleRequest(variable, first, second, method, alternative, a);
    }

    public TwoSampleRequest withVariable(String v) {
        return new TwoSampleRequest(v, first, second, method, alternative, alpha);
    }
}
