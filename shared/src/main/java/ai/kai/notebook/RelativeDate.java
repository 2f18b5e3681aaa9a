package ai.kai.notebook;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A date written relative to the run's day: {@code today}, {@code yesterday}, {@code start_of_month},
 * {@code start_of_last_month}, {@code end_of_last_month}, … optionally followed by {@code + N days|weeks|months|years}
 * or {@code - N …}; or an ISO date. Evaluated against a day the caller computed in the schedule's time zone.
 */
public final class RelativeDate {
    private static final Pattern FORM = Pattern.compile(
            "([a-z_]+)(?:\\s*([+-])\\s*(\\d{1,4})\\s*(days?|weeks?|months?|years?))?");
    private static final Map<String, UnaryOperator<LocalDate>> ANCHORS = Map.ofEntries(
            Map.entry("today", d -> d),
            Map.entry("yesterday", d -> d.minusDays(1)),
            Map.entry("tomorrow", d -> d.plusDays(1)),
            Map.entry("start_of_week", d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
            Map.entry("start_of_last_week", d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)),
            Map.entry("start_of_month", d -> d.withDayOfMonth(1)),
            Map.entry("end_of_month", d -> d.with(TemporalAdjusters.lastDayOfMonth())),
            Map.entry("start_of_last_month", d -> d.withDayOfMonth(1).minusMonths(1)),
            Map.entry("end_of_last_month", d -> d.withDayOfMonth(1).minusDays(1)),
            Map.entry("start_of_year", d -> d.withDayOfYear(1)),
            Map.entry("start_of_last_year", d -> d.withDayOfYear(1).minusYears(1)),
            Map.entry("end_of_last_year", d -> d.withDayOfYear(1).minusDays(1)));

    private RelativeDate() {
    }

    public static LocalDate evaluate(String expression, LocalDate today) {
        String text = expression.strip().toLowerCase(Locale.ROOT);
        if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(expression);
            }
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches() || !ANCHORS.containsKey(m.group(1))) {
            throw invalid(expression);
        }
        LocalDate day = ANCHORS.get(m.group(1)).apply(today);
        if (m.group(2) == null) {
            return day;
        }
        long amount = Long.parseLong(m.group(3)) * (m.group(2).equals("-") ? -1 : 1);
        ChronoUnit unit = switch (m.group(4).replaceAll("s$", "")) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        return day.plus(amount, unit);
    }

    private static KaiException invalid(String expression) {
        return new KaiException(ErrorCode.PARAMETER_INVALID, "'" + expression + "' is not a date: use YYYY-MM-DD or one of "
                + String.join(", ", ANCHORS.keySet().stream().sorted().toList())
                + ", optionally with '+ N days|weeks|months|years' or '- N …' (e.g. 'today - 7 days')");
    }
}
