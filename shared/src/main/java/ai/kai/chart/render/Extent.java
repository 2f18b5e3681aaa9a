package ai.kai.chart.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** What the traces put on one axis: numbers (or dates) and categories, and whether zero must show. */
final class Extent {
    private final String declaredType;
    private double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
    private final Set<String> categories = new LinkedHashSet<>();
    private boolean sawText, sawNumber, allDates = true, zero, reversed, padded = true;

    Extent(JsonNode axisLayout) {
        this.declaredType = axisLayout.path("type").asText("");
        this.reversed = axisLayout.path("autorange").asText("").equals("reversed");
    }

    void add(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return;
        }
        if (v.isNumber()) {
            sawNumber = true;
            number(v.asDouble());
            if (declaredType.equals("category")) {
                categories.add(label(v));
            }
            return;
        }
        String s = v.asText();
        sawText = true;
        categories.add(s);
        double d = Dates.parse(s);
        if (Double.isNaN(d)) {
            allDates = false;
        } else {
            number(d);
        }
    }

    void addAll(JsonNode array) {
        if (array != null) {
            for (JsonNode v : array) {
                add(v);
            }
        }
    }

    void number(double v) {
        if (!Double.isNaN(v) && !Double.isInfinite(v)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
    }

    void category(String c) {
        sawText = true;
        allDates = false;
        categories.add(c);
    }

    void includeZero() {
        zero = true;
    }

    void tight() {
        padded = false;
    }

    Scale.Kind kind() {
        return switch (declaredType) {
            case "category" -> Scale.Kind.CATEGORY;
            case "date" -> Scale.Kind.DATE;
            case "linear", "log" -> Scale.Kind.LINEAR;
            default -> sawText ? (allDates ? Scale.Kind.DATE : Scale.Kind.CATEGORY) : Scale.Kind.LINEAR;
        };
    }

    Scale scale() {
        Scale.Kind kind = kind();
        if (kind == Scale.Kind.CATEGORY) {
            return new Scale(kind, -0.5, Math.max(categories.size(), 1) - 0.5, new ArrayList<>(categories), reversed);
        }
        double lo = min, hi = max;
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        if (zero) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        double pad = padded ? (hi - lo) * 0.05 : 0;
        if (hi == lo) {
            pad = Math.max(Math.abs(hi) * 0.1, 1);
        }
        lo = zero && lo == 0 ? 0 : lo - pad;
        hi = zero && hi == 0 ? 0 : hi + pad;
        return new Scale(kind, lo, hi, new ArrayList<>(categories), reversed);
    }

    boolean sawNumbers() {
        return sawNumber;
    }

    static String label(JsonNode v) {
        if (v.isNumber()) {
            double d = v.asDouble();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        return v.asText();
    }
}
