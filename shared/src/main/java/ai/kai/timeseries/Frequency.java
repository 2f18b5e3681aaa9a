package ai.kai.timeseries;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The spacing of a regular series and the seasonal period that goes with it: 24 hours in a day, 7 days in a
 * week, 52 weeks, 12 months, 4 quarters in a year; yearly data has no seasonal period (1).
 */
public enum Frequency {
    HOURLY(24, 1.0 / 24),
    DAILY(7, 1),
    WEEKLY(52, 7),
    MONTHLY(12, 30.4375),
    QUARTERLY(4, 91.3125),
    YEARLY(1, 365.25);

    private final int seasonalPeriod;
    private final double nominalDays;

    Frequency(int seasonalPeriod, double nominalDays) {
        this.seasonalPeriod = seasonalPeriod;
        this.nominalDays = nominalDays;
    }

    /** Observations per seasonal cycle (1 when the data has no seasonal cycle, as for yearly data). */
    public int seasonalPeriod() {
        return seasonalPeriod;
    }

    /** The average length of one step in days (a month is 30.4375 days). */
    public double nominalDays() {
        return nominalDays;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The cycle the seasonal period spans: daily for hourly data, weekly for daily data, else yearly. */
    public String cycleName() {
        return switch (this) {
            case HOURLY -> "daily";
            case DAILY -> "weekly";
            case YEARLY -> "none";
            default -> "yearly";
        };
    }

    /** The point {@code k} steps after {@code anchor}; a month-end anchor stays on month ends. */
    public LocalDateTime step(LocalDateTime anchor, long k) {
        return switch (this) {
            case HOURLY -> anchor.plusHours(k);
            case DAILY -> anchor.plusDays(k);
            case WEEKLY -> anchor.plusWeeks(k);
            case MONTHLY -> monthStep(anchor, k);
            case QUARTERLY -> monthStep(anchor, 3 * k);
            case YEARLY -> anchor.plusYears(k);
        };
    }

    /**
     * The period of {@code t} counted from the period of {@code anchor}: calendar months, quarters and years;
     * whole days, weeks and hours measured from the anchor.
     */
    public long periodIndex(LocalDateTime anchor, LocalDateTime t) {
        return switch (this) {
            case HOURLY -> Math.floorDiv(ChronoUnit.MINUTES.between(anchor, t), 60);
            case DAILY -> ChronoUnit.DAYS.between(anchor.toLocalDate(), t.toLocalDate());
            case WEEKLY -> Math.floorDiv(ChronoUnit.DAYS.between(anchor.toLocalDate(), t.toLocalDate()), 7);
            case MONTHLY -> monthNumber(t) - monthNumber(anchor);
            case QUARTERLY -> Math.floorDiv(monthNumber(t), 3) - Math.floorDiv(monthNumber(anchor), 3);
            case YEARLY -> (long) t.getYear() - anchor.getYear();
        };
    }

    /** ISO text of a point: {@code 2024-03-01} for daily and coarser data, {@code 2024-03-01T13:00} for hourly. */
    public String format(LocalDateTime t) {
        return this == HOURLY ? t.truncatedTo(ChronoUnit.MINUTES).toString() : t.toLocalDate().toString();
    }

    /** Accepts the names and the usual one-letter codes (H, D, W, M, Q, Y or A), any case. */
    public static Optional<Frequency> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "hourly", "hour", "h" -> Optional.of(HOURLY);
            case "daily", "day", "d" -> Optional.of(DAILY);
            case "weekly", "week", "w" -> Optional.of(WEEKLY);
            case "monthly", "month", "m", "ms" -> Optional.of(MONTHLY);
            case "quarterly", "quarter", "q", "qs" -> Optional.of(QUARTERLY);
            case "yearly", "annual", "annually", "year", "y", "a" -> Optional.of(YEARLY);
            default -> Optional.empty();
        };
    }

    private static long monthNumber(LocalDateTime t) {
        return t.getYear() * 12L + t.getMonthValue() - 1;
    }

    private static LocalDateTime monthStep(LocalDateTime anchor, long months) {
        LocalDateTime moved = anchor.plusMonths(months);
        boolean monthEnd = anchor.getDayOfMonth() == anchor.toLocalDate().lengthOfMonth();
        return monthEnd ? moved.with(TemporalAdjusters.lastDayOfMonth()) : moved;
    }
}
