package ai.kai.functions.http;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The shape every HTTP function shares: event in, {@link #handle} on the parsed request, the wrapper out.
 * Caller mistakes become 4xx with a stable code; anything unexpected is logged and answered with a 500 that
 * carries the request id but no stack trace or internal detail.
 */
public abstract class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());
    private final String tenantClaim;

    protected ApiHandler(String tenantClaim) {
        this.tenantClaim = tenantClaim;
    }

    protected abstract ApiResult handle(ApiRequest request);

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        long started = System.nanoTime();
        String requestId = context != null && context.getAwsRequestId() != null ? context.getAwsRequestId() : "local";
        try {
            ApiRequest request = ApiRequest.from(event, tenantClaim);
            requestId = request.requestId();
            return Responses.success(handle(request), requestId, started);
        } catch (KaiException e) {
            if (!e.isClientError()) {
                LOG.log(Level.WARNING, "request " + requestId + " failed: " + e.code(), e);
            }
            return Responses.error(e, requestId, started);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "request " + requestId + " failed unexpectedly", e);
            return Responses.error(new KaiException(ErrorCode.INTERNAL_ERROR,
                    "the server failed to handle the request (request id " + requestId + ")"), requestId, started);
        }
    }
}
