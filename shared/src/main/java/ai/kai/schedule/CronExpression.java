package ai.kai.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An EventBridge cron: minutes, hours, months and years as sets, the day as a rule over dates (day-of-month or
 * day-of-week, the other one is {@code ?}). Fire times are local times in the schedule's zone: one that falls in
 * the spring-forward gap is skipped, one that the fall-back overlap repeats fires once, at its first occurrence
 * (EventBridge Scheduler's documented behaviour).
 */
public record CronExpression(String eventBridge, BitSet minutes, BitSet hours, Predicate<LocalDate> day,
                             BitSet months, BitSet years) implements ScheduleExpression {
    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 2199;

    @Override
    public Optional<Instant> nextAfter(Instant after, ZoneId zone, Instant start) {
        LocalDate date = after.atZone(zone).toLocalDate();
        while (date.getYear() <= LAST_YEAR) {
            if (!years.get(date.getYear())) {
                int year = years.nextSetBit(date.getYear() + 1);
                if (year < 0) {
                    return Optional.empty();
                }
                date = LocalDate.of(year, 1, 1);
            } else if (!months.get(date.getMonthValue())) {
                date = date.withDayOfMonth(1).plusMonths(1);
            } else {
                if (day.test(date)) {
                    Optional<Instant> fire = firstFireOn(date, zone, after);
                    if (fire.isPresent()) {
                        return fire;
                    }
                }
                date = date.plusDays(1);
            }
        }
        return Optional.empty();
    }

    private Optional<Instant> firstFireOn(LocalDate date, ZoneId zone, Instant after) {
        for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
            for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
                LocalDateTime local = date.atTime(h, m);
                List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
                if (offsets.isEmpty()) {
                    continue; // in the spring-forward gap: this time does not exist and does not fire
                }
                Instant fire = local.toInstant(offsets.getFirst()); // the overlap's first occurrence only
                if (fire.isAfter(after)) {
                    return Optional.of(fire);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return eventBridge;
    }
}
