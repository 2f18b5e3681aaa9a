package ai.kai.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Parses EventBridge's {@code cron(minute hour day-of-month month day-of-week year)}: lists, ranges, steps and
 * names everywhere; {@code ?} in exactly one of the day fields; {@code L}, {@code LW} and {@code nW} in
 * day-of-month; {@code L}, {@code nL} and {@code n#k} in day-of-week (1 = SUN … 7 = SAT).
 */
final class CronParser {
    static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2),
            Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
            Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));
    static final Map<String, Integer> DAYS = Map.of("SUN", 1, "MON", 2, "TUE", 3, "WED", 4, "THU", 5, "FRI", 6, "SAT", 7);
    private static final Pattern NEAREST_WEEKDAY = Pattern.compile("(\\d{1,2})W");
    private static final Pattern LAST_OF_WEEKDAY = Pattern.compile("(\\w{1,3})L");
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(\\w{1,3})#(\\d)");

    private CronParser() {
    }

    static CronExpression parseEventBridge(String text) {
        if (!text.endsWith(")")) {
            throw invalid("'" + text + "' is missing its closing parenthesis");
        }
        String body = text.substring("cron(".length(), text.length() - 1).trim().toUpperCase();
        String[] f = body.split("\\s+");
        if (f.length != 6) {
            throw invalid("cron(" + body + ") has " + f.length + " fields; EventBridge wants 6: "
                    + "minute hour day-of-month month day-of-week year, e.g. cron(0 8 1 * ? *)");
        }
        boolean noDom = f[2].equals("?");
        boolean noDow = f[4].equals("?");
        if (noDom == noDow) {
            throw invalid("cron(" + body + "): exactly one of day-of-month ('" + f[2] + "') and day-of-week ('" + f[4]
                    + "') must be '?', e.g. cron(0 8 1 * ? *) or cron(0 8 ? * MON *)");
        }
        Predicate<LocalDate> day = noDom ? dayOfWeek(f[4]) : dayOfMonth(f[2]);
        return new CronExpression("cron(" + String.join(" ", f) + ")",
                values(f[0], "minute", 0, 59, Map.of()),
                values(f[1], "hour", 0, 23, Map.of()),
                day,
                values(f[3], "month", 1, 12, MONTHS),
                values(f[5], "year", CronExpression.FIRST_YEAR, CronExpression.LAST_YEAR, Map.of()));
    }

    private static Predicate<LocalDate> dayOfMonth(String field) {
        if (field.equals("L")) {
            return d -> d.getDayOfMonth() == d.lengthOfMonth();
        }
        if (field.equals("LW")) {
            return d -> d.equals(lastWeekday(d));
        }
        Matcher w = NEAREST_WEEKDAY.matcher(field);
        if (w.matches()) {
            int target = number(w.group(1), "day-of-month", 1, 31, Map.of());
            return d -> d.equals(nearestWeekday(d, target));
        }
        BitSet days = values(field, "day-of-month", 1, 31, Map.of());
        return d -> days.get(d.getDayOfMonth());
    }

    private static Predicate<LocalDate> dayOfWeek(String field) {
        if (field.equals("L")) {
            return d -> d.getDayOfWeek() == DayOfWeek.SATURDAY;
        }
        Matcher last = LAST_OF_WEEKDAY.matcher(field);
        if (last.matches()) {
            DayOfWeek day = javaDay(number(last.group(1), "day-of-week", 1, 7, DAYS));
            return d -> d.equals(d.with(TemporalAdjusters.lastInMonth(day)));
        }
        Matcher nth = NTH_WEEKDAY.matcher(field);
        if (nth.matches()) {
            DayOfWeek day = javaDay(number(nth.group(1), "day-of-week", 1, 7, DAYS));
            int ordinal = number(nth.group(2), "day-of-week '#'", 1, 5, Map.of());
            return d -> d.equals(d.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day)));
        }
        BitSet days = values(field, "day-of-week", 1, 7, DAYS);
        return d -> days.get(d.getDayOfWeek().getValue() % 7 + 1);
    }

    /** EventBridge numbers SUN = 1 … SAT = 7; java.time MON = 1 … SUN = 7. */
    static DayOfWeek javaDay(int eventBridgeDay) {
        return DayOfWeek.of((eventBridgeDay + 5) % 7 + 1);
    }

    private static LocalDate lastWeekday(LocalDate d) {
        LocalDate last = d.withDayOfMonth(d.lengthOfMonth());
        return switch (last.getDayOfWeek()) {
            case SATURDAY -> last.minusDays(1);
            case SUNDAY -> last.minusDays(2);
            default -> last;
        };
    }

    /** The weekday nearest to the target day in the same month (Quartz's and EventBridge's {@code W}). */
    private static LocalDate nearestWeekday(LocalDate d, int target) {
        LocalDate day = d.withDayOfMonth(Math.min(target, d.lengthOfMonth()));
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.getDayOfMonth() == 1 ? day.plusDays(2) : day.minusDays(1);
            case SUNDAY -> day.getDayOfMonth() == day.lengthOfMonth() ? day.minusDays(2) : day.plusDays(1);
            default -> day;
        };
    }

    /** A list of {@code *}, {@code v}, {@code a-b}, each optionally {@code /step}; no range runs backwards. */
    static BitSet values(String field, String name, int min, int max, Map<String, Integer> names) {
        BitSet set = new BitSet(max + 1);
        for (String part : field.split(",", -1)) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = number(part.substring(slash + 1), name + " step", 1, max - min + 1, Map.of());
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.indexOf('-') > 0) {
                int dash = range.indexOf('-');
                from = number(range.substring(0, dash), name, min, max, names);
                to = number(range.substring(dash + 1), name, min, max, names);
                if (from > to) {
                    throw invalid(name + " field '" + field + "': the range " + range + " runs backwards; "
                            + "write it as two ranges");
                }
            } else {
                from = number(range, name, min, max, names);
                to = slash >= 0 ? max : from;
            }
            for (int v = from; v <= to; v += step) {
                set.set(v);
            }
        }
        return set;
    }

    static int number(String text, String name, int min, int max, Map<String, Integer> names) {
        Integer named = names.get(text.toUpperCase());
        if (named != null) {
            return named;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalid(name + " field: '" + text + "' is not a number" + (names.isEmpty() ? "" : " or a name")
                    + " (allowed " + min + "–" + max + ")");
        }
        if (value < min || value > max) {
            throw invalid(name + " field: " + value + " is outside " + min + "–" + max);
        }
        return value;
    }

    static KaiException invalid(String message) {
        return new KaiException(ErrorCode.INVALID_SCHEDULE, message);
    }
}
