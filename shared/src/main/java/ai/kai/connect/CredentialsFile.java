package ai.kai.connect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;

/**
 * The content of {@code --credentials FILE}: a JSON object whose string members are fields
 * ({@code {"user": "...", "password": "..."}}), or any other text taken as the value of {@code plainField}
 * (a password, a PEM key). Errors never quote the content.
 */
public final class CredentialsFile {
    private CredentialsFile() {
    }

    public static Map<String, String> fields(Optional<String> content, String plainField) {
        if (content.isEmpty()) {
            return Map.of();
        }
        String text = content.get().strip();
        if (!text.startsWith("{")) {
            return Map.of(plainField, text);
        }
        JsonNode node = json(text);
        Map<String, String> out = new HashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
            }
        });
        return out;
    }

    /** Parses JSON credentials; a malformed file is a 400 whose message does not echo the file. */
    public static JsonNode json(String text) {
        try {
            JsonNode node = Json.mapper().readTree(text);
            if (node == null || !node.isObject()) {
                throw new KaiException(ErrorCode.INVALID_CREDENTIALS, "the credentials file is not a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new KaiException(ErrorCode.INVALID_CREDENTIALS, "the credentials file is not valid JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
    }
}
