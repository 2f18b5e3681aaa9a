package ai.kai.profile;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The step of a date/time column, named from the most common gap between consecutive distinct values:
 * 1 s, 1 min, 1 h, 1 day, 7 days, 28–31 days (month), 89–92 days (quarter), 365–366 days (year); any other
 * gap is {@code IRREGULAR}, and gaps below one second are {@code SUB_SECOND}.
 */
public enum Granularity {
    SUB_SECOND, SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR, IRREGULAR;

    private static final long SECOND_US = 1_000_000L;
    private static final long DAY_US = 86_400L * SECOND_US;

    /** The granularity of a most common gap given in microseconds (positive). */
    public static Granularity ofGap(long gapMicros) {
        if (gapMicros < SECOND_US) {
            return SUB_SECOND;
        }
        if (gapMicros == SECOND_US) {
            return SECOND;
        }
        if (gapMicros == 60 * SECOND_US) {
            return MINUTE;
        }
        if (gapMicros == 3_600 * SECOND_US) {
            return HOUR;
        }
        if (gapMicros % DAY_US != 0) {
            return IRREGULAR;
        }
        long days = gapMicros / DAY_US;
        if (days == 1) {
            return DAY;
        }
        if (days == 7) {
            return WEEK;
        }
        if (days >= 28 && days <= 31) {
            return MONTH;
        }
        if (days >= 89 && days <= 92) {
            return QUARTER;
        }
        if (days == 365 || days == 366) {
            return YEAR;
        }
        return IRREGULAR;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}
