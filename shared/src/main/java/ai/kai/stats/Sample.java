package ai.kai.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A named set of numeric observations: one group, one variable or one side of a pair. Every value is a
 * finite number; NaN and infinities are refused with {@code NON_NUMERIC_VALUES}. The array is copied in and out.
 */
public record Sample(String name, double[] values) {
    public Sample {
        name = Checks.name(name, "a sample");
        if (values == null) {
            throw Checks.invalid("'" + name + "' has no values");
        }
        values = values.clone();
        Checks.finite(name, values);
    }

    public static Sample of(String name, double... values) {
        return new Sample(name, values);
    }

    /**
     * Reads raw cells as they arrive from JSON or a CSV column: numbers, or text that parses as a number.
     * Anything else (words, blanks, nulls, booleans) is refused with {@code NON_NUMERIC_VALUES}, naming the
     * first offenders, so the caller can filter or clean the column.
     */
    public static Sample parse(String name, List<?> cells) {
        String label = Checks.name(name, "a sample");
        if (cells == null) {
            throw Checks.invalid("'" + label + "' has no values");
        }
        double[] out = new double[cells.size()];
        StringJoiner offenders = new StringJoiner(", ");
        int bad = 0;
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            Double v = cell instanceof Number n ? Double.valueOf(n.doubleValue()) : parseText(cell);
            if (v == null || !Double.isFinite(v)) {
                if (++bad <= 5) {
                    offenders.add("position " + (i + 1) + ": " + (cell == null ? "null" : "'" + cell + "'"));
                }
            } else {
                out[i] = v;
            }
        }
        if (bad > 0) {
            throw new KaiException(ErrorCode.NON_NUMERIC_VALUES, "'" + label + "' has " + bad + " non-numeric value"
                    + (bad == 1 ? "" : "s") + " (" + offenders + (bad > 5 ? ", ..." : "")
                    + "); statistics need numbers: filter out or convert these cells");
        }
        return new Sample(label, out);
    }

    private static Double parseText(Object cell) {
        if (!(cell instanceof CharSequence text)) {
            return null;
        }
        String s = text.toString().strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Splits a value column by a label column into one sample per group, in order of first appearance.
     * Both columns must have the same length and every label must be present.
     */
    public static List<Sample> byGroup(double[] values, String[] labels) {
        if (values == null || labels == null) {
            throw Checks.invalid("grouping needs both a value column and a group column");
        }
        if (values.length != labels.length) {
            throw new KaiException(ErrorCode.LENGTH_MISMATCH, "grouping needs one group label per value; got "
                    + values.length + " values and " + labels.length + " labels");
        }
        Checks.finite("values", values);
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (labels[i] == null || labels[i].isBlank()) {
                throw Checks.invalid("the group label at position " + (i + 1)
                        + " (counting from 1) is missing; drop that row or give it a group");
            }
            groups.computeIfAbsent(labels[i].strip(), k -> new ArrayList<>()).add(values[i]);
        }
        List<Sample> out = new ArrayList<>();
        groups.forEach((label, list) -> out.add(new Sample(label, list.stream().mapToDouble(Double::doubleValue).toArray())));
        return out;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample s && s.name.equals(name) && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Sample[" + name + ", n=" + values.length + "]";
    }
}
