package ai.kai.anomaly;

/**
 * One flagged observation.
 *
 * @param index         0-based position in the series
 * @param date          its time stamp (ISO-8601) when the series has dates, else null
 * @param value         the observed value (null for a row of several columns)
 * @param expected      what the method expected there: mean, median or trend + seasonal (null when it has none)
 * @param lowerExpected lower end of the range the method accepts, if it has one
 * @param upperExpected upper end of that range
 * @param score         the method's score; the point was flagged because it passed the threshold
 * @param method        the method that flagged it
 * @param reason        why, in plain English
 */
public record Anomaly(int index, String date, Double value, Double expected, Double lowerExpected,
                      Double upperExpected, double score, AnomalyMethod method, String reason) {
}
