package ai.kai.profile;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import ai.kai.query.ValueConverter;

/** JDBC values as the profile reports them: JSON-safe, temporals as ISO-8601 text with seconds. */
final class Values {
    private Values() {
    }

    static Object json(Object v) throws SQLException {
        String temporal = iso(v);
        return temporal != null ? temporal : ValueConverter.toJson(v);
    }

    /** ISO-8601 text of a temporal value, or null when the value is not temporal. */
    static String iso(Object v) {
        if (v instanceof Timestamp ts) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(ts.toLocalDateTime());
        }
        if (v instanceof LocalDateTime t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        }
        if (v instanceof OffsetDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof Time t) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(t.toLocalTime());
        }
        if (v instanceof LocalTime t) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(t);
        }
        if (v instanceof OffsetTime t) {
            return DateTimeFormatter.ISO_OFFSET_TIME.format(t);
        }
        return null;
    }

    /** Microseconds since the epoch as ISO-8601 text (UTC, no offset). */
    static String isoFromMicros(long micros) {
        Instant instant = Instant.EPOCH.plusSeconds(Math.floorDiv(micros, 1_000_000L))
                .plusNanos(Math.floorMod(micros, 1_000_000L) * 1000L);
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Double toDouble(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return Double.valueOf(v.toString());
    }

    static long toLong(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof BigDecimal d) {
            return d.longValue();
        }
        return ((Number) v).longValue();
    }

    static Long toLongOrNull(Object v) {
        return v == null ? null : toLong(v);
    }

    /** A SQL list copied out of the driver (it may not outlive its result set); other values unchanged. */
    static Object detach(Object v) throws SQLException {
        return v instanceof Array array ? array.getArray() : v;
    }

    /** A detached SQL list of numbers as doubles (nulls stay null). */
    static List<Double> doubles(Object v) {
        if (v == null) {
            return null;
        }
        List<Double> out = new ArrayList<>();
        for (Object item : (Object[]) v) {
            out.add(toDouble(item));
        }
        return out;
    }

    /** A detached SQL list of numbers as Java numbers (Long for integers, Double otherwise). */
    static List<Number> numbers(Object v) {
        List<Number> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        for (Object item : (Object[]) v) {
            if (item instanceof Long || item instanceof Integer || item instanceof Short || item instanceof Byte) {
                out.add(((Number) item).longValue());
            } else {
                out.add(toDouble(item));
            }
        }
        return out;
    }
}
