package ai.kai.notebook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Turns the text values a caller sends (and the defaults) into typed values for a run: dates as {@link LocalDate}
 * (relative defaults evaluated at {@code at} in the notebook's time zone), numbers as {@link BigDecimal}, text and
 * select values as strings (a select value must be one of its options). Missing required, unknown or mistyped
 * parameters are a 400 naming the parameter.
 */
public final class ParameterValues {
    private ParameterValues() {
    }

    public static Map<String, Object> resolve(List<Parameter> parameters, Map<String, String> supplied, Instant at,
                                              ZoneId zone) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        for (String name : supplied.keySet()) {
            if (!byName.containsKey(name)) {
                throw new KaiException(ErrorCode.PARAMETER_UNKNOWN, "the notebook has no parameter '" + name + "'"
                        + (byName.isEmpty() ? "; it takes none" : "; its parameters: " + String.join(", ", byName.keySet())));
            }
        }
        LocalDate today = at.atZone(zone).toLocalDate();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            String text = supplied.get(p.name());
            if (text == null) {
                if (p.required()) {
                    throw new KaiException(ErrorCode.PARAMETER_MISSING, "parameter '" + p.name() + "' (" + p.type().wire()
                            + ") is required" + (p.description().isEmpty() ? "" : ": " + p.description())
                            + "; pass it, e.g. --param " + p.name() + "=" + example(p));
                }
                text = p.defaultValue();
            }
            values.put(p.name(), typed(p, text, today));
        }
        return values;
    }

    /** Checks a default when the notebook is saved (a relative date is evaluated against an arbitrary day). */
    static void checkDefault(Parameter p) {
        typed(p, p.defaultValue(), LocalDate.of(2000, 1, 1));
    }

    /** The text form of a typed value, as stored with a run and shown in reports. */
    public static String text(Object value) {
        return value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static Object typed(Parameter p, String text, LocalDate today) {
        return switch (p.type()) {
            case DATE -> {
                try {
                    yield RelativeDate.evaluate(text, today);
                } catch (KaiException e) {
                    throw new KaiException(ErrorCode.PARAMETER_INVALID, "parameter '" + p.name() + "': " + e.getMessage());
                }
            }
            case NUMBER -> {
                try {
                    yield new BigDecimal(text.strip());
                } catch (NumberFormatException e) {
                    throw new KaiException(ErrorCode.PARAMETER_INVALID, "parameter '" + p.name() + "' must be a number; got '"
                            + shown(text) + "'");
                }
            }
            case SELECT -> {
                if (!p.options().contains(text)) {
                    throw new KaiException(ErrorCode.PARAMETER_INVALID, "parameter '" + p.name() + "' must be one of "
                            + String.join(", ", p.options()) + "; got '" + shown(text) + "'");
                }
                yield text;
            }
            case TEXT -> text;
        };
    }

    private static String example(Parameter p) {
        return switch (p.type()) {
            case DATE -> "2025-11-01";
            case NUMBER -> "10";
            case SELECT -> p.options().get(0);
            case TEXT -> "value";
        };
    }

    private static String shown(String text) {
        String s = text.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
