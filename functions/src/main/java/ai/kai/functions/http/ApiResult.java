package ai.kai.functions.http;

import java.util.Map;

/** What a handler answers: status, the {@code data} of the wrapper and extra {@code metadata}. */
public record ApiResult(int status, Object data, Map<String, Object> metadata, String rawContentType) {
    public ApiResult(int status, Object data, Map<String, Object> metadata) {
        this(status, data, metadata, null);
    }

    /** A body sent as is instead of the wrapper (an HTML report); {@code data} must be its text. */
    public static ApiResult raw(String contentType, String body) {
        return new ApiResult(200, body, Map.of(), contentType);
    }

    public static ApiResult ok(Object data) {
        return new ApiResult(200, data, Map.of());
    }

    public static ApiResult ok(Object data, Map<String, Object> metadata) {
        return new ApiResult(200, data, metadata);
    }

    public static ApiResult created(Object data) {
        return new ApiResult(201, data, Map.of());
    }
}
