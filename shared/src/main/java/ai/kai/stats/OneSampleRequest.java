package ai.kai.stats;

/**
 * One-sample t-test of the mean against a hypothesised value {@code mu}.
 *
 * @param variable    what was measured, for the interpretation; null for "the mean of {sample}"
 * @param alternative about mean minus mu; two-sided by default
 */
public record OneSampleRequest(String variable, Sample sample, double mu, Alternative alternative, double alpha)
        implements TestRequest {

    public OneSampleRequest {
        variable = variable == null || variable.isBlank() ? null : variable.strip();
        if (sample == null) {
            throw Checks.invalid("a one-sample test needs a sample");
        }
        if (!Double.isFinite(mu)) {
            throw Checks.invalid("the hypothesised mean must be a finite number; got " + mu);
        }
        alternative = alternative == null ? Alternative.TWO_SIDED : alternative;
        Checks.alpha(alpha);
    }

    /** Two-sided, alpha 0.05. */
    public static OneSampleRequest of(Sample sample, double mu) {
        return new OneSampleRequest(null, sample, mu, Alternative.TWO_SIDED, DEFAULT_ALPHA);
    }

    public OneSampleRequest withAlternative(Alternative a) {
        return new OneSampleRequest(variable, sample, mu, a, alpha);
    }

    public OneSampleRequest withAlpha(double a) {
        return new OneSampleRequest(variable, sample, mu, alternative, a);
    }

    public OneSampleRequest withVariable(String v) {
        return new OneSampleRequest(v, sample, mu, alternative, alpha);
    }
}
