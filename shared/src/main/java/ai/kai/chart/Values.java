package ai.kai.chart;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.regex.Pattern;

/** Normalises incoming values to what {@link Column} holds and infers a column's type from its values. */
final class Values {
    private static final Pattern ISO_DATE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Values() {
    }

    static Column inferColumn(String name, List<?> values) {
        ColumnType type = infer(values);
        Object[] out = new Object[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = normalise(values.get(i), type);
        }
        return new Column(name, type, out);
    }

    static ColumnType infer(List<?> values) {
        boolean numbers = true, numericText = true, dates = true, booleans = true, any = false;
        for (Object v : values) {
            if (v == null) {
                continue;
            }
            any = true;
            numbers &= v instanceof Number;
            booleans &= v instanceof Boolean;
            dates &= v instanceof TemporalAccessor || v instanceof java.util.Date
                    || v instanceof String s && ISO_DATE.matcher(s.trim()).matches();
            numericText &= v instanceof Number || v instanceof String s && parses(s);
        }
        if (!any) {
            return ColumnType.TEXT;
        }
        if (numbers || numericText) {
            return ColumnType.NUMBER;
        }
        return booleans ? ColumnType.BOOLEAN : dates ? ColumnType.TEMPORAL : ColumnType.TEXT;
    }

    static Object normalise(Object v, ColumnType type) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case NUMBER -> toDouble(v);
            case TEMPORAL -> temporal(v);
            case BOOLEAN -> v instanceof Boolean b ? b : Boolean.valueOf(v.toString());
            case TEXT -> v instanceof String s ? s : temporalOrText(v);
        };
    }

    private static Double toDouble(Object v) {
        if (v instanceof Double d) {
            return Double.isFinite(d) ? d : null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof BigDecimal || v instanceof BigInteger) {
            return ((Number) v).doubleValue();
        }
        String s = v.toString().trim();
        if (!parses(s)) {
            return null;
        }
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? d : null;
    }

    private static boolean parses(String s) {
        try {
            Double.parseDouble(s.trim());
            return !s.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String temporalOrText(Object v) {
        Object t = temporal(v);
        return t == null ? v.toString() : t.toString();
    }

    /** ISO text Plotly reads as a date: {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm:ss} (UTC for instants). */
    static String temporal(Object v) {
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().format(DATE_TIME);
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof LocalDateTime dt) {
            return dt.format(DATE_TIME);
        }
        if (v instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().format(DATE_TIME);
        }
        if (v instanceof java.time.Instant i) {
            return LocalDateTime.ofInstant(i, ZoneOffset.UTC).format(DATE_TIME);
        }
        if (v instanceof java.util.Date d) {
            return LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC).format(DATE_TIME);
        }
        String s = v.toString().trim();
        if (ISO_DATE.matcher(s).matches()) {
            s = s.replace('T', ' ');
            int zone = Math.max(s.indexOf('Z'), Math.max(s.lastIndexOf('+'), s.length() > 19 ? s.indexOf('-', 19) : -1));
            return zone > 10 ? s.substring(0, zone) : s;
        }
        return s;
    }
}
