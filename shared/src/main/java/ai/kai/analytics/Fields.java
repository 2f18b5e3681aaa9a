package ai.kai.analytics;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Reads the optional and required fields of a request body, refusing wrong types with a 400 that names the field. */
final class Fields {
    private Fields() {
    }

    /** A string field, stripped; null when absent, null or blank. */
    static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'" + field + "' must be a string");
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    static String requiredText(JsonNode body, String field, String purpose) {
        String s = text(body, field);
        if (s == null) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'" + field + "' is required " + purpose);
        }
        return s;
    }

    /** A list of strings; a single string counts as a list of one, and "a,b" as two. Empty when absent. */
    static List<String> texts(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            for (String part : node.asText().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return List.copyOf(out);
        }
        if (!node.isArray()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'" + field + "' must be a list of strings");
        }
        for (JsonNode item : node) {
            if (item.isNull() || item.isContainerNode()) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "'" + field + "' must be a list of strings; got " + node);
            }
            out.add(item.asText().strip());
        }
        return List.copyOf(out);
    }

    /** A number field (a numeric string is accepted too); {@code fallback} when absent or null. */
    static Double number(JsonNode body, String field, Double fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                return Double.valueOf(node.asText().strip());
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw new KaiException(ErrorCode.INVALID_REQUEST, "'" + field + "' must be a number; got " + node);
    }

    /** A whole-number field; {@code fallback} when absent or null. */
    static Integer integer(JsonNode body, String field, Integer fallback) {
        Double d = number(body, field, null);
        if (d == null) {
            return fallback;
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'" + field + "' must be a whole number; got " + body.get(field));
        }
        return d.intValue();
    }
}
