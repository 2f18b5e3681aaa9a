package ai.kai.profile;

/**
 * The range and step of a date/time column. For text holding dates ({@code parsedFromText}) the values are
 * those of {@code TRY_CAST(v AS TIMESTAMP)}.
 *
 * @param min                  earliest value, ISO-8601
 * @param max                  latest value, ISO-8601
 * @param granularity          named from the most common gap between consecutive distinct values; null with
 *                             fewer than two distinct values or when not computed
 * @param mostCommonGapSeconds that gap (ties: the smallest gap)
 */
public record TemporalStats(
        String min,
        String max,
        Granularity granularity,
        Double mostCommonGapSeconds,
        boolean parsedFromText) {
}
