package ai.kai.stats;

/** Correlate two variables observed together: {@code x[i]} and {@code y[i]} belong to the same case. */
public record CorrelationRequest(Sample x, Sample y, CorrelationMethod method, double alpha) {
    public CorrelationRequest {
        if (x == null || y == null) {
            throw Checks.invalid("a correlation needs two variables");
        }
        method = method == null ? CorrelationMethod.PEARSON : method;
        Checks.alpha(alpha);
    }

    /** Pearson, alpha 0.05. */
    public static CorrelationRequest of(Sample x, Sample y) {
        return new CorrelationRequest(x, y, CorrelationMethod.PEARSON, TestRequest.DEFAULT_ALPHA);
    }

    public CorrelationRequest withMethod(CorrelationMethod m) {
        return new CorrelationRequest(x, y, m, alpha);
    }

    public CorrelationRequest withAlpha(double a) {
        return new CorrelationRequest(x, y, method, a);
    }
}
