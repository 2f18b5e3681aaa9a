package ai.kai.functions.system;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import ai.kai.functions.http.Responses;
import ai.kai.functions.runtime.Priming;
import ai.kai.json.Json;

/** {@code GET /api/v2/openapi.json}: the bare OpenAPI document (tools expect it unwrapped). */
public final class OpenApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final String DOCUMENT = Json.write(OpenApiDocument.generate());

    public OpenApiHandler() {
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/openapi.json", Map.of(), null));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Responses.json(200, DOCUMENT);
    }
}
