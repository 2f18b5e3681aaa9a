package ai.kai.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** The one JSON mapper of the project: snake_case on the wire, records in Java. Built once per JVM. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "could not serialise a response", e);
        }
    }

    /** Parses a caller's JSON; malformed input is the caller's mistake (400 INVALID_JSON). */
    public static JsonNode parseRequest(String body) {
        if (body == null || body.isBlank()) {
            throw new KaiException(ErrorCode.INVALID_JSON, "the request body is empty; send a JSON object");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new KaiException(ErrorCode.INVALID_JSON,
                    "the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "stored JSON is unreadable: " + type.getSimpleName(), e);
        }
    }
}
