package ai.kai.functions.connections;

import java.util.Map;

import ai.kai.connect.ConnectionManager;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ConnectionServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/** {@code DELETE /api/v2/connections/{alias}}: removes the connection and its sealed credentials. */
public final class DeleteConnectionHandler extends ApiHandler {
    private final ConnectionManager connections;

    public DeleteConnectionHandler() {
        this(Services.get().tenantClaim(), ConnectionServices.manager());
        Priming.register(this, Priming.anonymousRequest("DELETE", "/api/v2/connections/priming",
                Map.of("alias", "priming"), null));
    }

    public DeleteConnectionHandler(String tenantClaim, ConnectionManager connections) {
        super(tenantClaim);
        this.connections = connections;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String alias = request.pathParameter("alias");
        connections.delete(tenant, alias);
        return ApiResult.ok(Map.of("alias", alias, "deleted", true));
    }
}
