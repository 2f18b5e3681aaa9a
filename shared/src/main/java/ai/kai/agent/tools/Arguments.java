package ai.kai.agent.tools;

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Checks of a tool call's arguments against its schema: no property it does not declare, required text present. */
final class Arguments {
    private Arguments() {
    }

    static void onlyKnown(JsonNode args, Set<String> allowed) {
        for (Iterator<String> it = args.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "unknown argument '" + name + "'; this tool takes "
                        + (allowed.isEmpty() ? "no arguments" : allowed));
            }
        }
    }

    static String requiredText(JsonNode args, String name) {
        JsonNode v = args.get(name);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'" + name + "' (a non-empty string) is required");
        }
        return v.asText();
    }
}
