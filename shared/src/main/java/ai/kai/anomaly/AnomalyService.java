package ai.kai.anomaly;

/**
 * Anomaly detection on a series (or on rows of several columns): z-score, robust z (median/MAD), IQR fences,
 * isolation forest, and for seasonal series the remainder of an STL decomposition. {@link AnomalyMethod#AUTO}
 * picks the method per series and explains the choice. Stateless and thread-safe.
 */
public final class AnomalyService {

    /**
     * Finds the anomalies. Refuses, with a {@link ai.kai.error.KaiException} a caller can act on, fewer than
     * {@value Series#MIN_POINTS} values, a constant series, and requests a method cannot serve (a seasonal method
     * without a period or with too few cycles, irregular dates, several columns for a one-column method).
     */
    public AnomalyResult detect(AnomalyRequest request) {
        Series series = Series.of(request);
        Planner.Plan plan = Planner.plan(series, request);
        Detector.Detection detection = plan.detector().detect(series);
        return new AnomalyResult(request.method(), plan.detector().method(), plan.reason(), detection.anomalies(),
                detection.summary());
    }
}
