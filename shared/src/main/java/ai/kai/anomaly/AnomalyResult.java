package ai.kai.anomaly;

import java.util.List;

/**
 * The outcome of a detection.
 *
 * @param method         the method asked for (possibly {@code auto})
 * @param methodSelected the method that actually ran
 * @param reason         why that method, in plain English
 * @param anomalies      the flagged observations, in series order
 * @param summary        the yardstick used
 */
public record AnomalyResult(AnomalyMethod method, AnomalyMethod methodSelected, String reason,
                            List<Anomaly> anomalies, AnomalySummary summary) {
    public AnomalyResult {
        anomalies = List.copyOf(anomalies);
    }
}
