package ai.kai.functions.system;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/** {@code GET /api/v2/health}: the API answers; no token needed. */
public final class HealthHandler extends ApiHandler {
    static final String VERSION = HealthHandler.class.getPackage().getImplementationVersion() == null
            ? "dev" : HealthHandler.class.getPackage().getImplementationVersion();

    public HealthHandler() {
        this(Services.get().tenantClaim());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/health", Map.of(), null));
    }

    public HealthHandler(String tenantClaim) {
        super(tenantClaim);
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", "ok");
        data.put("service", "kai-analytics");
        data.put("version", VERSION);
        data.put("time", Instant.now().toString());
        data.put("authenticated", request.tenant().isPresent());
        return ApiResult.ok(data);
    }
}
