package ai.kai.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * {@code rate(value unit)}: every {@code value} minutes, hours or days, counted from the schedule's start as fixed
 * durations (a day is 24 hours, also across a daylight-saving change, as EventBridge Scheduler counts it).
 */
public record RateExpression(long value, String unit, Duration every) implements ScheduleExpression {
    private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\S+)\\s+(\\S+)\\s*\\)");

    static RateExpression parse(String text) {
        Matcher m = RATE.matcher(text);
        if (!m.matches()) {
            throw invalid("'" + text + "' is not a rate; write rate(value unit), e.g. rate(15 minutes) or rate(1 day)");
        }
        long value;
        try {
            value = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw invalid("rate value '" + m.group(1) + "' is not a whole number");
        }
        if (value < 1 || value > 1_000_000) {
            throw invalid("rate value " + value + " must be a whole number from 1 to 1000000");
        }
        String unit = m.group(2);
        Duration base = switch (unit) {
            case "minute", "minutes" -> Duration.ofMinutes(1);
            case "hour", "hours" -> Duration.ofHours(1);
            case "day", "days" -> Duration.ofDays(1);
            default -> throw invalid("rate unit '" + unit + "' is not one of minute(s), hour(s), day(s)");
        };
        boolean plural = unit.endsWith("s");
        if (value == 1 && plural || value > 1 && !plural) {
            String fixed = value == 1 ? unit.substring(0, unit.length() - 1) : unit + "s";
            throw invalid("rate unit '" + unit + "' does not fit the value " + value + " (EventBridge wants rate("
                    + value + " " + fixed + "))");
        }
        return new RateExpression(value, unit, base.multipliedBy(value));
    }

    @Override
    public String eventBridge() {
        return "rate(" + value + " " + unit + ")";
    }

    @Override
    public Optional<Instant> nextAfter(Instant after, ZoneId zone, Instant start) {
        if (after.isBefore(start)) {
            return Optional.of(start);
        }
        long periods = Duration.between(start, after).toMillis() / every.toMillis() + 1;
        return Optional.of(start.plus(every.multipliedBy(periods)));
    }

    private static KaiException invalid(String message) {
        return new KaiException(ErrorCode.INVALID_SCHEDULE, message);
    }
}
