package ai.kai.profile;

import java.util.Locale;

/** A column of the profiled table: name, DuckDB type, and the SQL that refers to it. */
record TableColumn(String name, String dataType, PhysicalType type) {

    static TableColumn of(String name, String dataType) {
        return new TableColumn(name, dataType, PhysicalType.of(dataType));
    }

    /** The quoted identifier. */
    String ref() {
        return Sql.ident(name);
    }

    /** The column's finite values, NULL for ±inf and NaN (floating-point columns). */
    String finite() {
        return "CASE WHEN isfinite(" + ref() + ") THEN " + ref() + " END";
    }

    /** The column as DOUBLE, for moments and correlations. */
    String asDouble() {
        return "CAST(" + ref() + " AS DOUBLE)";
    }

    /** The column as microseconds since the epoch (UTC for TIMESTAMP WITH TIME ZONE); points in time only. */
    String epochMicros() {
        return epochMicrosOf(ref());
    }

    /** The same conversion applied to another expression of this column's type. */
    String epochMicrosOf(String expression) {
        if (dataType.toUpperCase(Locale.ROOT).contains("TIME ZONE")) {
            return "epoch_us(" + expression + ")";
        }
        return "epoch_us(CAST(" + expression + " AS TIMESTAMP))";
    }

    boolean enumType() {
        return dataType.toUpperCase(Locale.ROOT).startsWith("ENUM");
    }
}
