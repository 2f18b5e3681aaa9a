package ai.kai.decompose;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Turns a caller's raw cells (JSON numbers and strings, CSV text) into the numbers and time stamps a series
 * analysis works on, or refuses them with a message that names the offending index and value.
 */
public final class SeriesInput {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int MAX_SHOWN = 40;

    private SeriesInput() {
    }

    /** Finite numbers from numbers or numeric text; empty, non-numeric, NaN and infinite cells are refused. */
    public static double[] numbers(String column, List<?> cells) {
        if (cells == null) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "the values of '" + column + "' are missing");
        }
        double[] out = new double[cells.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(column, i, cells.get(i));
        }
        return out;
    }

    /** Time stamps from dates or ISO-8601 text: 2024-03-31, 2024-03-31T14:00[:00], 2024-03-31 14:00, 2024-03, 2024. */
    public static List<Temporal> dates(List<?> cells) {
        if (cells == null) {
            return null;
        }
        List<Temporal> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            out.add(date(i, cells.get(i)));
        }
        return out;
    }

    private static double number(String column, int index, Object cell) {
        double v;
        if (cell == null || (cell instanceof String s && s.isBlank())) {
            throw new KaiException(ErrorCode.NON_NUMERIC_VALUE, "'" + column + "' is empty at index " + index
                    + "; fill or drop missing values before detecting anomalies");
        } else if (cell instanceof Number number) {
            v = number instanceof BigDecimal bd ? bd.doubleValue() : number.doubleValue();
        } else if (cell instanceof String s && NUMBER.matcher(s.strip()).matches()) {
            v = Double.parseDouble(s.strip());
        } else {
            throw new KaiException(ErrorCode.NON_NUMERIC_VALUE, "'" + column + "' must be numeric, but the value at index "
                    + index + " is " + shown(cell));
        }
        if (!Double.isFinite(v)) {
            throw new KaiException(ErrorCode.NON_NUMERIC_VALUE, "'" + column + "' must hold finite numbers, but the value at index "
                    + index + " is " + shown(cell));
        }
        return v;
    }

    private static Temporal date(int index, Object cell) {
        if (cell instanceof LocalDate || cell instanceof LocalDateTime) {
            return (Temporal) cell;
        }
        if (cell instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (!(cell instanceof String text) || text.isBlank()) {
            throw new KaiException(ErrorCode.INVALID_DATE, "the date at index " + index + " is "
                    + (cell == null ? "empty" : shown(cell)) + "; use ISO dates such as 2024-03-31 or 2024-03-31T14:00");
        }
        String s = text.strip();
        try {
            if (YEAR.matcher(s).matches()) {
                return LocalDate.of(Integer.parseInt(s), 1, 1);
            }
            if (s.length() == 7) {
                return YearMonth.parse(s).atDay(1);
            }
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new KaiException(ErrorCode.INVALID_DATE, "the date at index " + index + " is " + shown(cell)
                    + ", which is not a date; use ISO dates such as 2024-03-31 or 2024-03-31T14:00");
        }
    }

    private static String shown(Object cell) {
        String s = String.valueOf(cell);
        if (s.length() > MAX_SHOWN) {
            s = s.substring(0, MAX_SHOWN) + "…";
        }
        return cell instanceof String ? "\"" + s.replaceAll("\\p{Cntrl}", "?") + "\"" : s;
    }
}
