package ai.kai.chart;

import java.util.HashSet;
import java.util.Set;

/**
 * One column of a {@link Table}: name, type and values in row order. Values are normalised on the way in:
 * {@code Double} for numbers, ISO-8601 text ({@code 2025-01-03} or {@code 2025-01-03 10:00:00}) for temporals,
 * {@code Boolean}, or {@code String}; {@code null} is a missing value.
 */
public record Column(String name, ColumnType type, Object[] values) {
    public Column {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a column needs a name");
        }
        values = values.clone();
    }

    public int size() {
        return values.length;
    }

    public Object value(int row) {
        return values[row];
    }

    public boolean isNull(int row) {
        return values[row] == null;
    }

    public boolean isNumeric() {
        return type == ColumnType.NUMBER;
    }

    /** The value as a number; NaN when missing or not numeric. */
    public double number(int row) {
        return values[row] instanceof Double d ? d : Double.NaN;
    }

    /** The value as a label; {@code "(missing)"} for null so it still shows as a category. */
    public String label(int row) {
        Object v = values[row];
        if (v == null) {
            return "(missing)";
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return v.toString();
    }

    /** Distinct non-null values, counting up to {@code cap} (cheap cardinality checks on big columns). */
    public int distinctCount(int cap) {
        Set<Object> seen = new HashSet<>();
        for (Object v : values) {
            if (v != null && seen.add(v) && seen.size() >= cap) {
                return cap;
            }
        }
        return seen.size();
    }

    public int nonNullCount() {
        int n = 0;
        for (Object v : values) {
            if (v != null) {
                n++;
            }
        }
        return n;
    }

    /** The values as a double array (NaN for missing); the copy the builders and statistics work on. */
    public double[] numbers() {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(i);
        }
        return out;
    }
}
