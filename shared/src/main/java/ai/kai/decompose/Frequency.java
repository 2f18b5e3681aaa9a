package ai.kai.decompose;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** The calendar frequency of a regular series and the seasonal period it implies. */
public enum Frequency {
    HOURLY(24, "hourly"),
    DAILY(7, "daily"),
    WEEKLY(52, "weekly"),
    MONTHLY(12, "monthly"),
    QUARTERLY(4, "quarterly"),
    YEARLY(1, "yearly");

    private final int seasonalPeriod;
    private final String label;

    Frequency(int seasonalPeriod, String label) {
        this.seasonalPeriod = seasonalPeriod;
        this.label = label;
    }

    /** Observations per seasonal cycle: a day of hours, a week of days, a year of weeks, months or quarters. */
    public int seasonalPeriod() {
        return seasonalPeriod;
    }

    /** True when the frequency implies a seasonal cycle (everything but yearly). */
    public boolean isSeasonal() {
        return seasonalPeriod > 1;
    }

    public String label() {
        return label;
    }

    /** The cycle the period stands for, e.g. "a year of 12 months". */
    public String cycle() {
        return switch (this) {
            case HOURLY -> "a day of 24 hours";
            case DAILY -> "a week of 7 days";
            case WEEKLY -> "a year of 52 weeks";
            case MONTHLY -> "a year of 12 months";
            case QUARTERLY -> "a year of 4 quarters";
            case YEARLY -> "no cycle within a year";
        };
    }

    /** Where a time stamp sits in the cycle, for messages: "March", "Q2", "a Monday", "14:00", "week 23". */
    public String positionOf(LocalDateTime t) {
        return switch (this) {
            case HOURLY -> String.format(Locale.ROOT, "%02d:00", t.getHour());
            case DAILY -> "a " + t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case WEEKLY -> "week " + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTHLY -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case QUARTERLY -> "Q" + t.get(IsoFields.QUARTER_OF_YEAR);
            case YEARLY -> Integer.toString(t.getYear());
        };
    }
}
