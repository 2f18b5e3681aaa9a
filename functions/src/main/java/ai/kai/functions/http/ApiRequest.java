package ai.kai.functions.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.tenancy.TenantId;

/** The parts of an API Gateway payload-2.0 event a handler uses, with the tenant taken from the JWT claims. */
public record ApiRequest(
        Optional<TenantId> tenant,
        Map<String, String> pathParameters,
        Map<String, String> query,
        Map<String, String> headers,
        byte[] body,
        String requestId,
        String path) {

    public static ApiRequest from(APIGatewayV2HTTPEvent event, String tenantClaim) {
        byte[] body = event.getBody() == null ? new byte[0]
                : event.getIsBase64Encoded() ? decode(event.getBody())
                : event.getBody().getBytes(StandardCharsets.UTF_8);
        String requestId = event.getRequestContext() == null ? "local" : event.getRequestContext().getRequestId();
        return new ApiRequest(Identity.tenant(event, tenantClaim), orEmpty(event.getPathParameters()),
                orEmpty(event.getQueryStringParameters()), lowerCaseKeys(event.getHeaders()), body,
                requestId == null ? "unknown" : requestId, event.getRawPath() == null ? "" : event.getRawPath());
    }

    public TenantId requireTenant() {
        return tenant.orElseThrow(() -> new KaiException(ErrorCode.UNAUTHENTICATED,
                "this route needs a bearer token that names a tenant"));
    }

    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null || value.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "the path is missing {" + name + "}");
        }
        return value;
    }

    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isBlank());
    }

    public int intQueryParameter(String name, int defaultValue) {
        return queryParameter(name).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "query parameter '" + name + "' must be an integer");
            }
        }).orElse(defaultValue);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase()));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode jsonBody() {
        JsonNode node = Json.parseRequest(bodyText());
        if (!node.isObject()) {
            throw new KaiException(ErrorCode.INVALID_JSON, "the request body must be a JSON object");
        }
        return node;
    }

    public boolean isJson() {
        return header("content-type").map(t -> t.toLowerCase().startsWith("application/json")).orElse(false);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "the request body is not valid base64");
        }
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> headers) {
        if (headers == null) {
            return Map.of();
        }
        Map<String, String> out = new java.util.HashMap<>();
        headers.forEach((k, v) -> out.put(k.toLowerCase(), v));
        return out;
    }
}
