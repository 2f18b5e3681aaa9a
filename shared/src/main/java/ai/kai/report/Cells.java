package ai.kai.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/** How table cells read: numbers without float noise and right-aligned, nulls marked, counts grouped ("1,234"). */
final class Cells {
    private static final MathContext DISPLAY = new MathContext(10);

    private Cells() {
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Double d when d.isNaN() || d.isInfinite() -> d.toString();
            case Float f when f.isNaN() || f.isInfinite() -> f.toString();
            case Double d -> plain(new BigDecimal(d.toString()));
            case Float f -> plain(new BigDecimal(f.toString()));
            case BigDecimal b -> plain(b);
            default -> value.toString();
        };
    }

    /** A column is numeric when it has a value and every value is a number (or a number's text). */
    static boolean numericColumn(List<List<Object>> rows, int column) {
        boolean any = false;
        for (List<Object> row : rows) {
            Object v = column < row.size() ? row.get(column) : null;
            if (v == null) {
                continue;
            }
            if (!(v instanceof Number || v instanceof String s && isNumber(s))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "3 rows", or "Showing 50 of 1,234 rows" when fewer are shown than there were. */
    static String rowNote(int shown, long total) {
        long all = Math.max(total, shown);
        if (shown < all) {
            return "Showing " + count(shown) + " of " + count(all) + (all == 1 ? " row" : " rows");
        }
        return count(all) + (all == 1 ? " row" : " rows");
    }

    private static String plain(BigDecimal b) {
        BigDecimal rounded = b.round(DISPLAY).stripTrailingZeros();
        return rounded.scale() < 0 && rounded.precision() - rounded.scale() > 21 ? rounded.toString() : rounded.toPlainString();
    }

    private static boolean isNumber(String s) {
        return s.matches("\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*");
    }
}
