package ai.kai.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Numbers as people read them in an interpretation: rounded to what matters, never in E-notation. */
final class Format {
    private Format() {
    }

    /** A plain number with up to 6 significant digits, trailing zeros dropped. */
    static String plain(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return strip(new BigDecimal(x).round(new MathContext(6, RoundingMode.HALF_EVEN)));
    }

    /** Rounded to {@code digits} significant digits, never in E-notation: 0.777, 1230. */
    static String significant(double x, int digits) {
        if (x == 0 || !Double.isFinite(x)) {
            return plain(x);
        }
        return strip(new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN)));
    }

    /** Fixed decimals (a minus sign, never "-0"). */
    static String fixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        BigDecimal b = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN);
        if (b.signum() == 0) {
            b = b.abs();
        }
        return b.toPlainString();
    }

    /**
     * Decimals for a set of values shown together (means, a difference, its interval): three significant
     * digits for the largest value, and at least two for the difference.
     */
    static int decimals(double largest, double difference) {
        int d = decimalsForSignificant(largest, 3);
        if (difference != 0 && Double.isFinite(difference)) {
            d = Math.max(d, decimalsForSignificant(difference, 2));
        }
        return Math.min(Math.max(d, 0), 12);
    }

    static int decimalsForSignificant(double x, int significant) {
        if (x == 0 || !Double.isFinite(x)) {
            return 0;
        }
        return Math.max(0, significant - 1 - (int) Math.floor(Math.log10(Math.abs(x))));
    }

    /** A test statistic or effect size: two decimals, or two significant digits when smaller than 0.01. */
    static String stat(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        if (x != 0 && Math.abs(x) < 0.01) {
            return strip(new BigDecimal(x).round(new MathContext(2, RoundingMode.HALF_EVEN)));
        }
        return fixed(x, 2);
    }

    /** Degrees of freedom: whole numbers as such, otherwise one decimal. */
    static String df(double df) {
        return Math.abs(df - Math.rint(df)) < 1e-9 ? Long.toString(Math.round(df)) : fixed(df, 1);
    }

    /** "p = 0.0016", "p = 0.54", "p < 0.0001". */
    static String p(double p) {
        if (!Double.isFinite(p)) {
            return "p = " + p;
        }
        if (p < 0.0001) {
            return "p < 0.0001";
        }
        BigDecimal b = new BigDecimal(p).round(new MathContext(2, RoundingMode.HALF_EVEN));
        if (b.compareTo(BigDecimal.ONE) >= 0) {
            return "p = 1.0";
        }
        return "p = " + b.toPlainString();
    }

    /** "95%" for a confidence level of 0.95, "97.5%" for 0.975. */
    static String percent(double level) {
        if (!Double.isFinite(level)) {
            return level + "%";
        }
        return strip(new BigDecimal(level * 100).round(new MathContext(6, RoundingMode.HALF_EVEN))) + "%";
    }

    /** "North (12.4), South (9.8) and East (11.0)". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String strip(BigDecimal b) {
        String s = b.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
