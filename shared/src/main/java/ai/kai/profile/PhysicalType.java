package ai.kai.profile;

import java.util.Locale;
import java.util.Set;

/** DuckDB column types, grouped by what the profiler computes for them. */
enum PhysicalType {
    INTEGER, DECIMAL, FLOATING, BOOLEAN, STRING, UUID, DATE, TIME, TIMESTAMP, OTHER;

    private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT");
    private static final Set<String> WITHIN_BIGINT = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT",
            "USMALLINT", "UINTEGER");

    static PhysicalType of(String duckType) {
        String t = duckType.toUpperCase(Locale.ROOT).strip();
        if (t.endsWith("]") || t.startsWith("STRUCT") || t.startsWith("MAP") || t.startsWith("UNION")) {
            return OTHER;
        }
        if (INTEGERS.contains(t)) {
            return INTEGER;
        }
        if (t.startsWith("DECIMAL")) {
            return DECIMAL;
        }
        if (t.equals("FLOAT") || t.equals("DOUBLE")) {
            return FLOATING;
        }
        if (t.equals("BOOLEAN")) {
            return BOOLEAN;
        }
        if (t.startsWith("VARCHAR") || t.startsWith("ENUM") || t.equals("JSON")) {
            return STRING;
        }
        if (t.equals("UUID")) {
            return UUID;
        }
        if (t.equals("DATE")) {
            return DATE;
        }
        if (t.startsWith("TIMESTAMP")) {
            return TIMESTAMP;
        }
        if (t.startsWith("TIME")) {
            return TIME;
        }
        return OTHER;
    }

    /** Integer types whose every value fits a BIGINT (their histogram edges are whole numbers). */
    static boolean fitsBigint(String duckType) {
        return WITHIN_BIGINT.contains(duckType.toUpperCase(Locale.ROOT).strip());
    }

    boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == FLOATING;
    }

    /** A point in time: something with a date, so with a range, a histogram and a granularity. */
    boolean pointInTime() {
        return this == DATE || this == TIMESTAMP;
    }
}
