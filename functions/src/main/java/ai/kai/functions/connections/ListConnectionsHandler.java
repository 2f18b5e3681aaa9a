package ai.kai.functions.connections;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.kai.connect.ConnectionManager;
import ai.kai.connect.ConnectionPage;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ConnectionServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/** {@code GET /api/v2/connections}: the tenant's connections by alias, redacted, paginated. */
public final class ListConnectionsHandler extends ApiHandler {
    private final ConnectionManager connections;

    public ListConnectionsHandler() {
        this(Services.get().tenantClaim(), ConnectionServices.manager());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/connections", Map.of(), null));
    }

    public ListConnectionsHandler(String tenantClaim, ConnectionManager connections) {
        super(tenantClaim);
        this.connections = connections;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        ConnectionPage page = connections.list(request.requireTenant(), request.intQueryParameter("page_size", 50),
                request.queryParameter("cursor"));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("has_more", page.nextCursor().isPresent());
        metadata.put("next_cursor", page.nextCursor().orElse(null));
        return ApiResult.ok(page.items(), metadata);
    }
}
