package ai.kai.anomaly;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as people read them in explanations: 912, 0.0123, 6.1, 1250000. */
final class Fmt {
    private static final MathContext FIVE_DIGITS = new MathContext(5, RoundingMode.HALF_EVEN);

    private Fmt() {
    }

    /** A value with up to five significant digits (whole numbers from 100,000 up), no exponent, no "-0". */
    static String value(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x == 0.0 ? "0" : Double.toString(x);
        }
        BigDecimal d = Math.abs(x) >= 100_000 ? BigDecimal.valueOf(Math.rint(x)) : new BigDecimal(x).round(FIVE_DIGITS);
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A score with one decimal: 6.1. */
    static String score(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    /** A score with two decimals: 0.73. */
    static String fine(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }
}
