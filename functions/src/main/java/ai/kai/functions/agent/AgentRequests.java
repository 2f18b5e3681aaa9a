package ai.kai.functions.agent;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.agent.AnalysisRequest;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Request bodies of the agent routes: {@code prompt} (or {@code question}), {@code output_format}, {@code chart_type}, {@code session_id}. */
final class AgentRequests {
    private AgentRequests() {
    }

    static AnalysisRequest analysis(JsonNode body) {
        String prompt = text(body, "prompt").or(() -> text(body, "question")).orElse(null);
        String format = text(body, "output_format").map(f -> f.toLowerCase(Locale.ROOT)).orElse("json");
        if (!format.equals("json") && !format.equals("chart")) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'output_format' must be json or chart (got '" + format + "')");
        }
        Optional<String> chartType = text(body, "chart_type");
        return new AnalysisRequest(prompt, format.equals("chart") || chartType.isPresent(), chartType,
                text(body, "session_id"));
    }

    static Optional<String> text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'" + field + "' must be a string");
        }
        return Optional.of(v.asText().strip()).filter(s -> !s.isEmpty());
    }
}
