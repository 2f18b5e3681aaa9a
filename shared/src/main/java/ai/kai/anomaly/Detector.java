package ai.kai.anomaly;

import java.util.List;

/** One way of flagging anomalies; the set is closed, each implementation a small record of its settings. */
sealed interface Detector permits ZScoreDetector, RobustZDetector, IqrDetector, IsolationForestDetector, SeasonalDetector {

    AnomalyMethod method();

    Detection detect(Series series);

    /** The anomalies (in series order) and the yardstick that found them. */
    record Detection(List<Anomaly> anomalies, AnomalySummary summary) {
    }

    /** "above" or "below", for reasons. */
    static String side(boolean above) {
        return above ? "above" : "below";
    }
}
