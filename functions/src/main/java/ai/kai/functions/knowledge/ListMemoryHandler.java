package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.KnowledgeServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.memory.MemoryService;

/** {@code GET /api/v2/memory}: the tenant's memories, newest first. */
public final class ListMemoryHandler extends ApiHandler {
    private final MemoryService service;

    public ListMemoryHandler() {
        this(Services.get().tenantClaim(), KnowledgeServices.get().memory());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/memory", Map.of(), null), KnowledgeServices::warmUp);
    }

    public ListMemoryHandler(String tenantClaim, MemoryService service) {
        super(tenantClaim);
        this.service = service;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var all = service.list(request.requireTenant());
        return ApiResult.ok(Map.of("memories", all), Map.of("count", all.size()));
    }
}
