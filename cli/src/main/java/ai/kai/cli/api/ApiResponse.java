package ai.kai.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;

/**
 * One answer of the API: the HTTP status, the body exactly as received (what {@code --json} prints) and, when
 * the body is the response wrapper {@code {success, data, error, metadata}}, its parsed form.
 *
 * @param wrapper the parsed wrapper, or null when the body is not one (an HTML error page, a proxy's text)
 */
public record ApiResponse(String method, String path, int status, String body, JsonNode wrapper) {

    public boolean success() {
        return wrapper != null && wrapper.path("success").asBoolean(false) && status >= 200 && status < 300;
    }

    /** The wrapper's {@code data}, or the failure as a {@link CliException} with the matching exit code. */
    public JsonNode data() {
        if (!success()) {
            throw failure();
        }
        JsonNode data = wrapper.get("data");
        return data == null ? NullNode.getInstance() : data;
    }

    public <T> T data(Class<T> type) {
        JsonNode data = data();
        try {
            return CliJson.convert(data, type);
        } catch (IllegalStateException e) {
            throw new CliException(ExitCodes.SERVER_ERROR, method + " " + path + ": " + e.getMessage(), e);
        }
    }

    public JsonNode metadata() {
        return wrapper == null ? NullNode.getInstance() : wrapper.path("metadata");
    }

    /** The stable error code of a failed request, e.g. {@code FILE_NOT_FOUND}, or null. */
    public String errorCode() {
        JsonNode code = wrapper == null ? null : wrapper.path("error").get("code");
        return code == null || code.isNull() ? null : code.asText();
    }

    /** What went wrong, as one line: {@code CODE: message} from the wrapper, else the status and a body excerpt. */
    public CliException failure() {
        int exit = status >= 200 && status < 300 ? ExitCodes.SERVER_ERROR : ExitCodes.forHttpStatus(status);
        JsonNode error = wrapper == null ? null : wrapper.get("error");
        if (error != null && error.isObject()) {
            String message = error.path("code").asText("ERROR") + ": " + error.path("message").asText("(no message)");
            if (status == 401) {
                message += " (pass --token or set KAI_TOKEN)";
            }
            return new CliException(exit, message);
        }
        return new CliException(exit, method + " " + path + " answered HTTP " + status
                + (wrapper == null ? " with a body that is not the API's JSON wrapper" : " without an error")
                + excerpt());
    }

    private String excerpt() {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > 160 ? oneLine.substring(0, 159) + "…" : oneLine);
    }
}
