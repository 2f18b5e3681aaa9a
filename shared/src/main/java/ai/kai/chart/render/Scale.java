package ai.kai.chart.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One axis: maps data values (numbers, dates as epoch ms, categories as their index) to pixels, and gives its ticks.
 * Built from an {@link Extent} that collected what the traces put on that axis.
 */
final class Scale {
    enum Kind { LINEAR, DATE, CATEGORY }

    record Tick(double value, String label) {
    }

    private final Kind kind;
    private final double min, max;
    private final List<String> categories;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final boolean reversed;
    private double p0, p1;

    Scale(Kind kind, double min, double max, List<String> categories, boolean reversed) {
        this.kind = kind;
        this.min = min;
        this.max = max == min ? min + 1 : max;
        this.categories = categories;
        this.reversed = reversed;
        for (int i = 0; i < categories.size(); i++) {
            index.putIfAbsent(categories.get(i), i);
        }
    }

    /** Pixel range: from p0 (domain minimum) to p1 (domain maximum); reversed axes swap them. */
    Scale at(double from, double to) {
        this.p0 = reversed ? to : from;
        this.p1 = reversed ? from : to;
        return this;
    }

    Kind kind() {
        return kind;
    }

    double px(double v) {
        return p0 + (v - min) / (max - min) * (p1 - p0);
    }

    /** The position of a JSON value, NaN when it does not belong on this axis. */
    double px(JsonNode v) {
        return px(value(v));
    }

    double value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return Double.NaN;
        }
        return switch (kind) {
            case CATEGORY -> {
                Integer i = index.get(Extent.label(v));
                yield i == null ? Double.NaN : i;
            }
            case DATE -> v.isNumber() ? v.asDouble() : Dates.parse(v.asText());
            case LINEAR -> v.isNumber() ? v.asDouble() : parseNumber(v.asText());
        };
    }

    /** Pixels per domain unit (a category's full slot on category axes). */
    double unit() {
        return Math.abs(p1 - p0) / (max - min);
    }

    double lo() {
        return min;
    }

    double hi() {
        return max;
    }

    List<String> categories() {
        return categories;
    }

    List<Tick> ticks(double pixels) {
        int target = Math.max(2, (int) (pixels / 80));
        if (kind == Kind.CATEGORY) {
            List<Tick> out = new ArrayList<>();
            int step = Math.max(1, (int) Math.ceil(categories.size() / (pixels / 40)));
            for (int i = 0; i < categories.size(); i += step) {
                out.add(new Tick(i, shorten(categories.get(i))));
            }
            return out;
        }
        return kind == Kind.DATE ? Dates.ticks(min, max, target) : Numbers.ticks(min, max, target);
    }

    private static String shorten(String s) {
        return s.length() > 18 ? s.substring(0, 17) + "…" : s;
    }

    private static double parseNumber(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
