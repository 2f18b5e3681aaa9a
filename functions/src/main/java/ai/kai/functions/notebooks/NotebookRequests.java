package ai.kai.functions.notebooks;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.functions.http.ApiRequest;
import ai.kai.notebook.NotebookReader;
import ai.kai.notebook.NotebookSpec;

/** Request bodies of the notebook routes: a notebook as JSON or YAML, and run parameters. */
final class NotebookRequests {
    private NotebookRequests() {
    }

    /** A notebook: YAML when the content type says so (or the body does not start with '{'), JSON otherwise. */
    static NotebookSpec spec(ApiRequest request) {
        String body = request.bodyText();
        boolean yaml = request.header("content-type").map(t -> t.contains("yaml")).orElse(false)
                || !body.stripLeading().startsWith("{");
        return yaml ? NotebookReader.yaml(body) : NotebookReader.json(body);
    }

    /** {@code {"parameters": {"name": value, …}}}: values as text, whatever JSON type they were sent as. */
    static Map<String, String> parameters(JsonNode body) {
        JsonNode p = body.path("parameters");
        Map<String, String> out = new LinkedHashMap<>();
        if (p.isMissingNode() || p.isNull()) {
            return out;
        }
        if (!p.isObject()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'parameters' must be an object such as {\"start_date\": \"2025-11-01\"}");
        }
        p.properties().forEach(e -> {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new KaiException(ErrorCode.PARAMETER_INVALID, "parameter '" + e.getKey() + "' must be a single value");
            }
            out.put(e.getKey(), e.getValue().asText());
        });
        return out;
    }
}
