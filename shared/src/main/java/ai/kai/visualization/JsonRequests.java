package ai.kai.visualization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;

/** Binds part of a request body to a record; a refusal from the record itself (a {@link KaiException}) passes through. */
final class JsonRequests {
    private JsonRequests() {
    }

    static <T> T bind(JsonNode node, Class<T> type, ErrorCode code, String what) {
        try {
            return Json.mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof KaiException k) {
                    throw k;
                }
            }
            String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? " (field '" + m.getPath().get(m.getPath().size() - 1).getFieldName() + "')" : "";
            throw new KaiException(code, what + " is not valid" + field + ": " + e.getOriginalMessage());
        }
    }

    /** An optional integer field; anything but a whole number is INVALID_REQUEST. */
    static Integer optionalInt(JsonNode body, String field, ErrorCode code) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !v.canConvertToInt() || v.asDouble() != Math.rint(v.asDouble())) {
            throw new KaiException(code, "'" + field + "' must be a whole number; got " + v);
        }
        return v.asInt();
    }

    static Double optionalNumber(JsonNode body, String field, ErrorCode code) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new KaiException(code, "'" + field + "' must be a number; got " + v);
        }
        return v.asDouble();
    }

    static String optionalText(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'" + field + "' must be a string; got " + v);
        }
        return v.asText();
    }
}
