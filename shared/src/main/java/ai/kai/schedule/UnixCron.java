package ai.kai.schedule;

import java.util.BitSet;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a Unix 5-field cron ({@code minute hour day-of-month month day-of-week}, Sunday 0 or 7) into
 * EventBridge's 6-field form: the unrestricted day field becomes {@code ?}, day-of-week is renumbered to SUN = 1 …
 * SAT = 7 (a range across Sunday such as {@code 5-7} becomes {@code SUN,FRI-SAT}), the year is {@code *}.
 * EventBridge's {@code L}, {@code W} and {@code #} are accepted here too, with Unix day numbers.
 */
final class UnixCron {
    private static final Map<String, Integer> DAYS = Map.of("SUN", 0, "MON", 1, "TUE", 2, "WED", 3, "THU", 4, "FRI", 5, "SAT", 6);
    private static final String[] NAMES = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    private static final Pattern SPECIAL_DAY = Pattern.compile("(\\w{1,3})(L|#\\d)");

    private UnixCron() {
    }

    static String toEventBridge(String expression) {
        String[] f = expression.trim().toUpperCase().split("\\s+");
        if (f.length == 6) {
            throw CronParser.invalid("'" + expression + "' has 6 fields; write EventBridge's form inside cron(…), e.g. "
                    + "cron(" + expression.trim() + "), or a Unix cron with 5: minute hour day-of-month month day-of-week");
        }
        if (f.length != 5) {
            throw CronParser.invalid("'" + expression + "' has " + f.length + " fields; a Unix cron has 5: "
                    + "minute hour day-of-month month day-of-week, e.g. '0 8 1 * *'");
        }
        boolean anyDom = f[2].equals("*") || f[2].equals("?");
        boolean anyDow = f[4].equals("*") || f[4].equals("?");
        if (!anyDom && !anyDow) {
            throw CronParser.invalid("'" + expression + "' restricts both day-of-month (" + f[2] + ") and day-of-week ("
                    + f[4] + "); Unix cron fires when either matches, which EventBridge cannot express: keep one of them '*'");
        }
        String dom = anyDow ? (anyDom ? "*" : f[2]) : "?";
        String dow = anyDow ? "?" : dayOfWeek(f[4]);
        return "cron(" + f[0] + " " + f[1] + " " + dom + " " + f[3] + " " + dow + " *)";
    }

    /** Renumbers a Unix day-of-week field (0–7, names) into EventBridge's (1–7, as names). */
    private static String dayOfWeek(String field) {
        Matcher special = SPECIAL_DAY.matcher(field);
        if (special.matches()) {
            return (unixDay(special.group(1)) + 1) + special.group(2);
        }
        BitSet days = CronParser.values(field, "day-of-week", 0, 7, DAYS);
        if (days.get(7)) {
            days.set(0); // 7 is Sunday too
        }
        StringJoiner out = new StringJoiner(",");
        for (int d = days.nextSetBit(0); d >= 0 && d < 7; d = days.nextSetBit(d + 1)) {
            int end = d;
            while (end + 1 < 7 && days.get(end + 1)) {
                end++;
            }
            out.add(end == d ? NAMES[d] : NAMES[d] + "-" + NAMES[end]);
            d = end;
        }
        return out.toString();
    }

    private static int unixDay(String text) {
        return CronParser.number(text, "day-of-week", 0, 7, DAYS) % 7;
    }
}
