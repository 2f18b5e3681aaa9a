package ai.kai.functions.http;

import java.util.Map;

import ai.kai.error.ErrorInfo;

/** The response wrapper of spec §5.2 and DESIGN D8: {@code {success, data, error: {code, message}, metadata}}. */
public record ApiEnvelope(boolean success, Object data, ErrorInfo error, Map<String, Object> metadata) {
}
