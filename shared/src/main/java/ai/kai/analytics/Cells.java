package ai.kai.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Turns raw cells into what statistics work on — numbers and group labels — or refuses them with a 400 that
 * names the column, the first offending row and its value, and how many more there are.
 */
public final class Cells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int SHOWN = 40;

    private Cells() {
    }

    /** Null, or text that is blank: a missing value. */
    public static boolean isMissing(Object cell) {
        return cell == null || cell instanceof String s && s.isBlank();
    }

    /** Finite numbers from numbers or numeric text; anything else (missing cells included) is refused. */
    public static double[] numbers(String column, List<Object> cells) {
        double[] out = new double[cells.size()];
        int bad = 0;
        int first = -1;
        for (int i = 0; i < out.length; i++) {
            Double v = number(cells.get(i));
            if (v == null) {
                if (bad++ == 0) {
                    first = i;
                }
            } else {
                out[i] = v;
            }
        }
        if (bad > 0) {
            throw new KaiException(ErrorCode.NON_NUMERIC_VALUES, "column '" + column + "' must hold numbers, but row "
                    + (first + 1) + " holds " + shown(cells.get(first))
                    + (bad > 1 ? " (" + (bad - 1) + " more cell" + (bad == 2 ? " is" : "s are") + " not numbers)" : "")
                    + "; clean or filter the column, or pick a numeric one");
        }
        return out;
    }

    /** Group labels as text: whole numbers without a decimal point ("2", not "2.0"), dates in ISO form. */
    public static String[] labels(String column, List<Object> cells) {
        String[] out = new String[cells.size()];
        for (int i = 0; i < out.length; i++) {
            Object cell = cells.get(i);
            if (isMissing(cell)) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "column '" + column + "' has no value in row " + (i + 1));
            }
            out[i] = label(cell);
        }
        return out;
    }

    static String label(Object cell) {
        if (cell instanceof Double || cell instanceof Float || cell instanceof BigDecimal) {
            double d = ((Number) cell).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        return cell instanceof String s ? s.strip() : String.valueOf(cell);
    }

    /** True when the cell is a number or numeric text. */
    static boolean isNumeric(Object cell) {
        return number(cell) != null;
    }

    private static Double number(Object cell) {
        double v;
        if (cell instanceof Number n) {
            v = n.doubleValue();
        } else if (cell instanceof String s && NUMBER.matcher(s.strip()).matches()) {
            v = Double.parseDouble(s.strip());
        } else {
            return null;
        }
        return Double.isFinite(v) ? v : null;
    }

    private static String shown(Object cell) {
        if (cell == null) {
            return "nothing (a missing value)";
        }
        String s = String.valueOf(cell).replaceAll("\\p{Cntrl}", "?");
        if (s.length() > SHOWN) {
            s = s.substring(0, SHOWN) + "…";
        }
        return cell instanceof String ? "\"" + s + "\"" : s;
    }
}
