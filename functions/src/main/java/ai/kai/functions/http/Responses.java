package ai.kai.functions.http;

import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import ai.kai.error.ErrorInfo;
import ai.kai.error.KaiException;
import ai.kai.json.Json;

/** Builds payload-2.0 responses around the {@link ApiEnvelope}. */
public final class Responses {
    private static final Map<String, String> JSON = Map.of("content-type", "application/json; charset=utf-8",
            "cache-control", "no-store");

    private Responses() {
    }

    public static APIGatewayV2HTTPResponse success(ApiResult result, String requestId, long startedNanos) {
        if (result.rawContentType() != null) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(result.status())
                    .withHeaders(Map.of("content-type", result.rawContentType(), "cache-control", "no-store"))
                    .withBody((String) result.data()).withIsBase64Encoded(false).build();
        }
        ApiEnvelope body = new ApiEnvelope(true, result.data(), null, metadata(result.metadata(), requestId, startedNanos));
        return json(result.status(), Json.write(body));
    }

    public static APIGatewayV2HTTPResponse error(KaiException e, String requestId, long startedNanos) {
        ApiEnvelope body = new ApiEnvelope(false, null, ErrorInfo.of(e), metadata(Map.of(), requestId, startedNanos));
        return json(e.httpStatus(), Json.write(body));
    }

    public static APIGatewayV2HTTPResponse json(int status, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(JSON).withBody(body)
                .withIsBase64Encoded(false).build();
    }

    private static Map<String, Object> metadata(Map<String, Object> extra, String requestId, long startedNanos) {
        Map<String, Object> m = new LinkedHashMap<>(extra);
        m.put("request_id", requestId);
        m.put("duration_ms", (System.nanoTime() - startedNanos) / 1_000_000);
        return m;
    }
}
