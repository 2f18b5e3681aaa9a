package ai.kai.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Struct;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * JDBC values to JSON-safe values: numbers stay numbers (non-finite doubles and integers beyond 2^53 become
 * strings so no client loses precision), temporals become ISO-8601 text, blobs base64, lists and structs nest.
 */
public final class ValueConverter {
    private static final BigInteger MAX_SAFE = BigInteger.valueOf(9_007_199_254_740_991L);

    private ValueConverter() {
    }

    public static Object toJson(Object v) throws SQLException {
        if (v == null || v instanceof Boolean || v instanceof String || v instanceof Integer || v instanceof Short
                || v instanceof Byte) {
            return v;
        }
        if (v instanceof Long l) {
            return Math.abs(l) <= MAX_SAFE.longValue() ? l : l.toString();
        }
        if (v instanceof BigInteger b) {
            return b.abs().compareTo(MAX_SAFE) <= 0 ? b : b.toString();
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? d : d.toString();
        }
        if (v instanceof Float f) {
            return Float.isFinite(f) ? f : f.toString();
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        }
        if (v instanceof TemporalAccessor || v instanceof UUID) {
            return v.toString();
        }
        if (v instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (v instanceof Blob blob) {
            return Base64.getEncoder().encodeToString(blob.getBytes(1, (int) Math.min(blob.length(), 1 << 20)));
        }
        if (v instanceof Array array) {
            List<Object> out = new ArrayList<>();
            for (Object item : (Object[]) array.getArray()) {
                out.add(toJson(item));
            }
            return out;
        }
        if (v instanceof Struct struct) {
            return structToJson(struct);
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(String.valueOf(e.getKey()), toJson(e.getValue()));
            }
            return out;
        }
        return v.toString();
    }

    private static Object structToJson(Struct struct) throws SQLException {
        if (struct instanceof org.duckdb.DuckDBStruct duck) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : duck.getMap().entrySet()) {
                out.put(e.getKey(), toJson(e.getValue()));
            }
            return out;
        }
        List<Object> out = new ArrayList<>();
        for (Object attribute : struct.getAttributes()) {
            out.add(toJson(attribute));
        }
        return out;
    }

    /** A cheap upper estimate of a value's JSON size, for the response size cap. */
    public static long estimateBytes(Object v) {
        if (v == null) {
            return 4;
        }
        if (v instanceof String s) {
            return s.length() + 2L;
        }
        if (v instanceof List<?> list) {
            long n = 2;
            for (Object o : list) {
                n += estimateBytes(o) + 1;
            }
            return n;
        }
        if (v instanceof Map<?, ?> map) {
            long n = 2;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                n += String.valueOf(e.getKey()).length() + 4 + estimateBytes(e.getValue());
            }
            return n;
        }
        return 24;
    }
}
