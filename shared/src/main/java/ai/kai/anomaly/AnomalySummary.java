package ai.kai.anomaly;

/**
 * What the detection looked at and with which yardstick.
 *
 * @param points           observations examined
 * @param flagged          anomalies found
 * @param threshold        the score a point had to exceed
 * @param scoreUnit        what the score measures, e.g. "robust SDs from the median"
 * @param center           the reference value of a global method (mean or median), else null
 * @param spread           its scale (SD, robust SD, IQR, or the remainder's robust SD), else null
 * @param lowerBound       the lowest accepted value of a global method, else null
 * @param upperBound       the highest accepted value of a global method, else null
 * @param period           the seasonal period used, else null
 * @param seasonalStrength F_s of the decomposition, when one was made
 * @param transform        "log" when the series was analysed on the log scale, else "none"
 * @param decomposition    the decomposition's parameters, when one was made
 */
public record AnomalySummary(int points, int flagged, double threshold, String scoreUnit, Double center,
                             Double spread, Double lowerBound, Double upperBound, Integer period,
                             Double seasonalStrength, String transform, String decomposition) {
}
