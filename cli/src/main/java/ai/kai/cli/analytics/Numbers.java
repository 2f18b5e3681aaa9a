package ai.kai.cli.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** Numbers of statistical results as people read them: six significant digits, p-values with a floor. */
public final class Numbers {
    private Numbers() {
    }

    /** {@code 17.7765}, {@code -1.86081}, {@code 1.2e-09}; empty for a missing value. */
    public static String of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (!node.isNumber()) {
            return node.asText();
        }
        return node.isIntegralNumber() ? node.asText() : of(node.asDouble());
    }

    public static String of(double d) {
        if (!Double.isFinite(d)) {
            return String.valueOf(d);
        }
        double a = Math.abs(d);
        if (a != 0 && (a < 1e-4 || a >= 1e9)) {
            return String.format(Locale.ROOT, "%.3g", d);
        }
        return BigDecimal.valueOf(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** {@code 0.07939}, {@code < 0.0001}. */
    public static String pValue(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return "";
        }
        double p = node.asDouble();
        return p < 1e-4 ? "< 0.0001" : BigDecimal.valueOf(p).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** {@code [-3.36548, 0.205483]}, an open end as ∞; empty without an interval. */
    public static String interval(JsonNode ci) {
        if (ci == null || !ci.isArray() || ci.size() != 2) {
            return "";
        }
        String lo = ci.get(0).isNull() ? "-∞" : of(ci.get(0));
        String hi = ci.get(1).isNull() ? "∞" : of(ci.get(1));
        return "[" + lo + ", " + hi + "]";
    }
}
