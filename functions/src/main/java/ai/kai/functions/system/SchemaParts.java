package ai.kai.functions.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The building blocks the route schema classes share: typed fields, objects with required fields, request bodies. */
final class SchemaParts {
    static final Map<String, Object> STRING = Map.of("type", "string");
    static final Map<String, Object> INTEGER = Map.of("type", "integer");
    static final Map<String, Object> BOOLEAN = Map.of("type", "boolean");
    static final Map<String, Object> OBJECT = Map.of("type", "object");
    static final Map<String, Object> STRINGS = Map.of("type", "array", "items", STRING);
    static final Map<String, Object> DATE_TIME = Map.of("type", "string", "format", "date-time");
    static final Map<String, Object> ERROR = object(props("code", STRING, "message", STRING));

    private SchemaParts() {
    }

    /** Properties in the order given. */
    static Map<String, Object> props(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    static Map<String, Object> object(Map<String, Object> properties) {
        return object(List.of(), properties);
    }

    static Map<String, Object> object(List<String> required, Map<String, Object> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("properties", properties);
        return schema;
    }

    static Map<String, Object> arrayOf(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }

    static Map<String, Object> text(String description) {
        return Map.of("type", "string", "description", description);
    }

    static Map<String, Object> oneOfValues(List<String> values) {
        return Map.of("type", "string", "enum", values);
    }

    /** An optional query parameter. */
    static Map<String, Object> query(String name, Map<String, Object> schema) {
        return Map.of("name", name, "in", "query", "schema", schema);
    }

    /** A JSON request body with this schema; required when the route refuses an empty body. */
    static Map<String, Object> jsonBody(boolean required, Map<String, Object> schema) {
        return body(required, "application/json", schema);
    }

    /** A request body the route accepts in several media types: pairs of media type and schema, in the order given. */
    static Map<String, Object> body(boolean required, Object... mediaTypeSchemaPairs) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (int i = 0; i < mediaTypeSchemaPairs.length; i += 2) {
            content.put((String) mediaTypeSchemaPairs[i], Map.of("schema", mediaTypeSchemaPairs[i + 1]));
        }
        return Map.of("required", required, "content", content);
    }
}
