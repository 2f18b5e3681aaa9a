package ai.kai.functions.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;

class ApiHandlerTest {
    private static APIGatewayV2HTTPEvent event(Map<String, String> claims) {
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build();
        var authorizer = APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("r-1").withAuthorizer(claims == null ? null : authorizer).build();
        return APIGatewayV2HTTPEvent.builder().withRequestContext(context).build();
    }

    private static JsonNode body(APIGatewayV2HTTPResponse r) throws Exception {
        return Json.mapper().readTree(r.getBody());
    }

    private static ApiHandler answering(java.util.function.Function<ApiRequest, ApiResult> f) {
        return new ApiHandler("custom:tenant") {
            @Override
            protected ApiResult handle(ApiRequest request) {
                return f.apply(request);
            }
        };
    }

    @Test
    void shouldWrapDataAndTakeTheTenantFromTheVerifiedClaims() throws Exception {
        var r = answering(req -> ApiResult.ok(Map.of("tenant", req.requireTenant().value())))
                .handleRequest(event(Map.of("custom:tenant", "acme")), null);
        JsonNode b = body(r);
        assertThat(r.getStatusCode()).isEqualTo(200);
        assertThat(b.path("success").asBoolean()).isTrue();
        assertThat(b.path("data").path("tenant").asText()).isEqualTo("acme");
        assertThat(b.path("error").isNull()).isTrue();
        assertThat(b.path("metadata").path("request_id").asText()).isEqualTo("r-1");
    }

    @Test
    void shouldAnswer401WhenNoTenantClaimIsPresent() throws Exception {
        var r = answering(req -> ApiResult.ok(req.requireTenant())).handleRequest(event(Map.of("sub", "x")), null);
        assertThat(r.getStatusCode()).isEqualTo(401);
        assertThat(body(r).path("error").path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void shouldMapStableCodesToTheirStatus() throws Exception {
        var r = answering(req -> {
            throw new KaiException(ErrorCode.FILE_NOT_READY, "still ingesting");
        }).handleRequest(event(null), null);
        assertThat(r.getStatusCode()).isEqualTo(409);
        assertThat(body(r).path("error").path("message").asText()).isEqualTo("still ingesting");
    }

    @Test
    void shouldHideUnexpectedFailuresBehindA500WithTheRequestId() throws Exception {
        var r = answering(req -> {
            throw new IllegalStateException("secret=hunter2 at /var/task/x");
        }).handleRequest(event(null), null);
        assertThat(r.getStatusCode()).isEqualTo(500);
        assertThat(r.getBody()).doesNotContain("hunter2").doesNotContain("IllegalState").contains("r-1");
        assertThat(body(r).path("error").path("code").asText()).isEqualTo("INTERNAL_ERROR");
    }
}
