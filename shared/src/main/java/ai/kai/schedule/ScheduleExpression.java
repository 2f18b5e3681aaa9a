package ai.kai.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A schedule expression as EventBridge Scheduler understands it, parsed from what a user wrote: a Unix 5-field
 * cron ({@code 0 8 1 * *}), an EventBridge {@code cron(min hour dom month dow year)} or a {@code rate(n unit)}.
 * Knows its EventBridge form and when it fires: cron in a time zone (a local time the spring-forward gap skips
 * does not fire, a local time the fall-back overlap repeats fires once), rate every fixed duration from a start.
 */
public sealed interface ScheduleExpression permits CronExpression, RateExpression {

    /** The text EventBridge Scheduler receives as {@code ScheduleExpression}. */
    String eventBridge();

    /** The first fire strictly after {@code after}; a rate fires at {@code start}, {@code start + d}, … */
    Optional<Instant> nextAfter(Instant after, ZoneId zone, Instant start);

    /** Up to {@code count} fires strictly after {@code after}. */
    default List<Instant> next(int count, Instant after, ZoneId zone, Instant start) {
        List<Instant> fires = new ArrayList<>(count);
        Instant cursor = after;
        while (fires.size() < count) {
            Optional<Instant> next = nextAfter(cursor, zone, start);
            if (next.isEmpty()) {
                break;
            }
            fires.add(next.get());
            cursor = next.get();
        }
        return fires;
    }

    /** Parses any of the three forms; an invalid one is refused with {@code INVALID_SCHEDULE} naming the field. */
    static ScheduleExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new KaiException(ErrorCode.INVALID_SCHEDULE, "the schedule expression is empty; write a cron such as "
                    + "'0 8 1 * *', 'cron(0 8 1 * ? *)' or a rate such as 'rate(1 day)'");
        }
        String expression = text.trim();
        if (expression.startsWith("rate(")) {
            return RateExpression.parse(expression);
        }
        if (expression.startsWith("cron(")) {
            return CronParser.parseEventBridge(expression);
        }
        return CronParser.parseEventBridge(UnixCron.toEventBridge(expression));
    }

    /** An IANA time zone such as {@code Europe/Berlin} or {@code UTC}; fixed offsets and unknown names are refused. */
    public static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return ZoneId.of("UTC");
        }
        String zone = name.trim();
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new KaiException(ErrorCode.INVALID_TIME_ZONE, "time zone '" + zone + "' is not an IANA time zone name; "
                    + "use a name such as 'Europe/Berlin', 'America/New_York' or 'UTC'");
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new KaiException(ErrorCode.INVALID_TIME_ZONE, "time zone '" + zone + "' cannot be used: " + e.getMessage());
        }
    }
}
