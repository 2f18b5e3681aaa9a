package ai.kai.functions.http;

import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import ai.kai.tenancy.TenantId;

/**
 * The caller's tenant, read from the claims that API Gateway's JWT authorizer verified and passed on
 * ({@code requestContext.authorizer.jwt.claims}). The local gateway verifies its own tokens and passes the
 * same claims. Nothing in the request path, query or body can choose the tenant.
 */
public final class Identity {
    public static final String DEFAULT_TENANT_CLAIM = "custom:tenant";

    private Identity() {
    }

    public static Optional<TenantId> tenant(APIGatewayV2HTTPEvent event, String claim) {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null) {
            return Optional.empty();
        }
        Map<String, String> claims = context.getAuthorizer().getJwt().getClaims();
        if (claims == null || claims.get(claim) == null) {
            return Optional.empty();
        }
        return Optional.of(TenantId.of(claims.get(claim)));
    }
}
