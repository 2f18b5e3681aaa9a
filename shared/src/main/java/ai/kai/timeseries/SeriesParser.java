package ai.kai.timeseries;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Reads a date column and a value column given as text (as they come from a table or CSV). Dates: ISO dates
 * and date-times (a {@code T} or a space between, an offset is dropped), {@code yyyy-MM}, {@code yyyy},
 * {@code yyyy-Qn}, and {@code yyyy/MM/dd}. Values: decimal numbers; empty cells, {@code NA}, {@code NaN},
 * {@code null} and {@code None} are missing values. Anything else is refused, naming the first bad rows.
 */
public final class SeriesParser {
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "none", "-");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*-?\\s*[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int SHOWN = 3;

    private SeriesParser() {
    }

    /** Parsed columns: times never null; a null value is a missing value. */
    public record Columns(List<LocalDateTime> times, List<Double> values) {
    }

    public static Columns parse(List<String> dates, List<String> values) {
        if (dates == null || values == null || dates.size() != values.size()) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST,
                    "the date and value columns must have the same number of rows");
        }
        List<LocalDateTime> times = new ArrayList<>(dates.size());
        List<String> badDates = new ArrayList<>();
        int badDateCount = 0;
        for (int i = 0; i < dates.size(); i++) {
            LocalDateTime t = parseDate(dates.get(i));
            if (t == null) {
                badDateCount++;
                if (badDates.size() < SHOWN) {
                    badDates.add("row " + (i + 1) + ": " + quote(dates.get(i)));
                }
            }
            times.add(t);
        }
        if (badDateCount > 0) {
            throw new KaiException(ErrorCode.UNPARSEABLE_DATES, badDateCount + " date(s) could not be read ("
                    + String.join("; ", badDates) + "); use ISO dates such as 2024-03-01 or 2024-03-01T13:00");
        }
        List<Double> numbers = new ArrayList<>(values.size());
        List<String> badValues = new ArrayList<>();
        int badValueCount = 0;
        for (int i = 0; i < values.size(); i++) {
            String text = values.get(i) == null ? "" : values.get(i).trim();
            if (MISSING.contains(text.toLowerCase(Locale.ROOT))) {
                numbers.add(null);
                continue;
            }
            Double v = parseNumber(text);
            if (v == null) {
                badValueCount++;
                if (badValues.size() < SHOWN) {
                    badValues.add("row " + (i + 1) + ": " + quote(text));
                }
            }
            numbers.add(v);
        }
        if (badValueCount > 0) {
            throw new KaiException(ErrorCode.NON_NUMERIC_VALUES, badValueCount + " value(s) are not numbers ("
                    + String.join("; ", badValues) + "); the value column must hold numbers");
        }
        return new Columns(times, numbers);
    }

    /** The time a text names, or null when it is not a supported date form. */
    public static LocalDateTime parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        try {
            if (s.length() == 10 && s.charAt(4) == '/' && s.charAt(7) == '/') {
                return LocalDate.parse(s.replace('/', '-')).atStartOfDay();
            }
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay();
            }
            Matcher q = QUARTER.matcher(s);
            if (q.matches()) {
                return LocalDate.of(Integer.parseInt(q.group(1)), 3 * Integer.parseInt(q.group(2)) - 2, 1)
                        .atStartOfDay();
            }
            if (s.length() == 7 && s.charAt(4) == '-') {
                return YearMonth.parse(s).atDay(1).atStartOfDay();
            }
            if (YEAR.matcher(s).matches()) {
                return LocalDate.of(Integer.parseInt(s), 1, 1).atStartOfDay();
            }
            String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(iso).toLocalDateTime();
            }
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    private static Double parseNumber(String text) {
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String quote(String text) {
        String s = text == null ? "" : text;
        return "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
    }
}
