package ai.kai.cli.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.kai.cli.api.CliJson;

/** How values read in a table: NULL spelled out, numbers without exponent, control characters made visible. */
public final class Cells {
    static final String NULL_TEXT = "NULL";
    private static final int MAX_ALIGNED_DECIMALS = 4;

    private Cells() {
    }

    /** The text of one cell: NULL, numbers without exponent (floating values rounded for reading), nested values as JSON. */
    public static String text(Object value, String type) {
        if (value == null) {
            return NULL_TEXT;
        }
        if (value instanceof BigDecimal d) {
            return isExactDecimal(type) ? d.toPlainString() : readable(d).toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? readable(BigDecimal.valueOf(d)).toPlainString() : String.valueOf(d);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return clean(CliJson.write(value));
        }
        return clean(value.toString());
    }

    /**
     * Per column, the decimal places its floating values are shown with (the most any value needs, so decimal
     * points line up: 49.00 above 29.99, at most 4); -1 for columns that are not floating (integers, exact DECIMALs, text).
     */
    static int[] decimalPlaces(Table table) {
        int n = table.columns().size();
        int[] scale = new int[n];
        for (int c = 0; c < n; c++) {
            scale[c] = -1;
            String type = table.type(c);
            if (isExactDecimal(type)) {
                continue;
            }
            boolean allNumbers = true;
            boolean anyFloating = type != null && type.toUpperCase(Locale.ROOT).matches("DOUBLE|FLOAT\\d*|REAL");
            int places = 0;
            for (List<Object> row : table.rows()) {
                Object v = c < row.size() ? row.get(c) : null;
                if (v == null) {
                    continue;
                }
                if (!(v instanceof Number) || floating(v) == null) {
                    allNumbers = false;
                    break;
                }
                anyFloating |= v instanceof BigDecimal || v instanceof Double || v instanceof Float;
                places = Math.max(places, Math.min(MAX_ALIGNED_DECIMALS, readable(floating(v)).scale()));
            }
            if (allNumbers && anyFloating) {
                scale[c] = places == 0 && type != null ? 1 : places;
            }
        }
        return scale;
    }

    /** A floating value with its column's decimal places, or more if it is a small number that needs them. */
    static String aligned(BigDecimal value, int columnScale) {
        BigDecimal r = readable(value);
        return r.setScale(Math.max(columnScale, r.scale()), RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A number as a decimal (integers too, so a DOUBLE column's 3 lines up with 10.5); null for non-finite values. */
    static BigDecimal floating(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof java.math.BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof Number number) {
            return BigDecimal.valueOf(number.longValue());
        }
        return null;
    }

    /** Floating values for reading: at most 4 decimals at or above 1, 4 significant digits below, no trailing zeros. */
    static BigDecimal readable(BigDecimal d) {
        BigDecimal r = d.abs().compareTo(BigDecimal.ONE) >= 0
                ? d.setScale(Math.min(d.scale(), 4), RoundingMode.HALF_EVEN)
                : d.round(new MathContext(4, RoundingMode.HALF_EVEN));
        r = r.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** Control characters (newlines, escapes) would break the layout or drive the terminal: shown as visible marks. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r') {
                sb.append('↵');
            } else if (cp == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                sb.append('·');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static boolean isExactDecimal(String type) {
        return type != null && type.toUpperCase(Locale.ROOT).startsWith("DECIMAL");
    }

    static boolean isNumeric(Table table, int c) {
        String type = table.type(c);
        if (type != null) {
            return isNumericType(type);
        }
        boolean any = false;
        for (List<Object> row : table.rows()) {
            Object v = c < row.size() ? row.get(c) : null;
            if (v != null) {
                if (!(v instanceof Number)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    public static boolean isNumericType(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        return t.matches("(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|INT\\d*|FLOAT\\d*|DOUBLE|REAL|DECIMAL.*|NUMERIC.*|VARINT|BIGNUM)");
    }
}
