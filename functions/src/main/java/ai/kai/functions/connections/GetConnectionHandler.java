package ai.kai.functions.connections;

import java.util.Map;

import ai.kai.connect.ConnectionManager;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ConnectionServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/** {@code GET /api/v2/connections/{alias}}: the connection: type, redacted URI, settings, names of its credentials. */
public final class GetConnectionHandler extends ApiHandler {
    private final ConnectionManager connections;

    public GetConnectionHandler() {
        this(Services.get().tenantClaim(), ConnectionServices.manager());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/connections/priming",
                Map.of("alias", "priming"), null));
    }

    public GetConnectionHandler(String tenantClaim, ConnectionManager connections) {
        super(tenantClaim);
        this.connections = connections;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String alias = request.pathParameter("alias");
        return ApiResult.ok(connections.get(tenant, alias));
    }
}
