package ai.kai.functions.connections;

import java.util.Map;

import ai.kai.connect.ConnectionManager;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ConnectionServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/** {@code POST /api/v2/connections/{alias}/test}: connects and runs the source's health check. */
public final class TestConnectionHandler extends ApiHandler {
    private final ConnectionManager connections;

    public TestConnectionHandler() {
        this(Services.get().tenantClaim(), ConnectionServices.manager());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/connections/priming/test",
                Map.of("alias", "priming"), null));
    }

    public TestConnectionHandler(String tenantClaim, ConnectionManager connections) {
        super(tenantClaim);
        this.connections = connections;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String alias = request.pathParameter("alias");
        return ApiResult.ok(connections.test(tenant, alias), Map.of("alias", alias));
    }
}
