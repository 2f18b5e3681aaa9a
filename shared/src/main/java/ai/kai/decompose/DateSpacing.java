package ai.kai.decompose;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The spacing of a series' time stamps: its {@link Frequency} (the most common step: 1 hour, 1 day, 7 days,
 * 1 month, 3 months or 1 year) and, when some step differs from it, where the series stops being regular.
 *
 * @param frequency      the most common step, or null when no step is a recognised calendar unit
 * @param irregularIndex the index of the first time stamp that breaks the pattern, or -1 when regular
 * @param problem        what breaks the pattern, in plain English, or null when regular
 */
public record DateSpacing(Frequency frequency, int irregularIndex, String problem) {

    public boolean isRegular() {
        return frequency != null && irregularIndex < 0;
    }

    /** The seasonal period implied by a regular, seasonal spacing, or 0. */
    public int seasonalPeriod() {
        return isRegular() && frequency.isSeasonal() ? frequency.seasonalPeriod() : 0;
    }

    /** Inspects time stamps ({@link LocalDate} or {@link LocalDateTime}) in the order given. */
    public static DateSpacing of(List<? extends Temporal> dates) {
        if (dates.size() < 2) {
            return new DateSpacing(null, -1, "fewer than two dates");
        }
        Frequency[] steps = new Frequency[dates.size() - 1];
        Map<Frequency, Integer> counts = new EnumMap<>(Frequency.class);
        for (int i = 1; i < dates.size(); i++) {
            LocalDateTime a = toDateTime(dates.get(i - 1));
            LocalDateTime b = toDateTime(dates.get(i));
            if (!b.isAfter(a)) {
                return new DateSpacing(null, i, "dates must be strictly increasing, but " + dates.get(i) + " (index "
                        + i + ") does not come after " + dates.get(i - 1));
            }
            steps[i - 1] = step(a, b);
            if (steps[i - 1] != null) {
                counts.merge(steps[i - 1], 1, Integer::sum);
            }
        }
        Frequency common = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        if (common == null) {
            return new DateSpacing(null, 1, "the step from " + dates.get(0) + " to " + dates.get(1)
                    + " is not an hour, a day, a week, a month, a quarter or a year");
        }
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] != common) {
                return new DateSpacing(common, i + 1, "the dates are " + common.label() + " but the step from "
                        + dates.get(i) + " to " + dates.get(i + 1) + " (index " + (i + 1) + ") is not one "
                        + unit(common) + "; fill the gap or give the period explicitly");
            }
        }
        return new DateSpacing(common, -1, null);
    }

    public static LocalDateTime toDateTime(Temporal t) {
        if (t instanceof LocalDateTime dt) {
            return dt;
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        throw new IllegalArgumentException("dates must be LocalDate or LocalDateTime, got " + t.getClass().getSimpleName());
    }

    private static Frequency step(LocalDateTime a, LocalDateTime b) {
        Duration d = Duration.between(a, b);
        if (d.equals(Duration.ofHours(1))) {
            return Frequency.HOURLY;
        }
        if (d.equals(Duration.ofDays(1))) {
            return Frequency.DAILY;
        }
        if (d.equals(Duration.ofDays(7))) {
            return Frequency.WEEKLY;
        }
        if (d.compareTo(Duration.ofDays(28)) < 0 || !a.toLocalTime().equals(b.toLocalTime())) {
            return null;
        }
        YearMonth from = YearMonth.from(a);
        YearMonth to = YearMonth.from(b);
        if (to.equals(from.plusMonths(1))) {
            return Frequency.MONTHLY;
        }
        if (to.equals(from.plusMonths(3))) {
            return Frequency.QUARTERLY;
        }
        if (to.equals(from.plusYears(1))) {
            return Frequency.YEARLY;
        }
        return null;
    }

    private static String unit(Frequency f) {
        return switch (f) {
            case HOURLY -> "hour";
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
            case QUARTERLY -> "quarter";
            case YEARLY -> "year";
        };
    }
}
