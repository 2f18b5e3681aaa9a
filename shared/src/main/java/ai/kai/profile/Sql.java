package ai.kai.profile;

import java.util.List;
import java.util.stream.Collectors;

/** SQL text helpers for the profiler's own statements. */
final class Sql {
    /** A value that starts like a number and that DuckDB casts to DOUBLE; {@code %s} is the value. */
    static final String NUMERIC_LIKE = "((ascii(%1$s) BETWEEN 48 AND 57 OR ascii(%1$s) IN (43, 45, 46))"
            + " AND TRY_CAST(%1$s AS DOUBLE) IS NOT NULL)";
    /** A value that starts with a digit and that DuckDB casts to TIMESTAMP (dates included). */
    static final String DATE_LIKE = "(ascii(%1$s) BETWEEN 48 AND 57 AND TRY_CAST(%1$s AS TIMESTAMP) IS NOT NULL)";

    private Sql() {
    }

    static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String numericLike(String expression) {
        return NUMERIC_LIKE.formatted(expression);
    }

    static String dateLike(String expression) {
        return DATE_LIKE.formatted(expression);
    }

    /** A list literal of numbers, each printed so that it reads back as the same double or long. */
    static String numberList(List<? extends Number> values) {
        return values.stream().map(Sql::number).collect(Collectors.joining(", ", "[", "]"));
    }

    static String number(Number n) {
        if (n instanceof Double d) {
            return "CAST('" + Double.toString(d) + "' AS DOUBLE)";
        }
        return n.toString();
    }
}
