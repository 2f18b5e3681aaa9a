package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.KnowledgeServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.memory.MemoryService;

/** {@code DELETE /api/v2/memory/{memory_id}}: forgets one memory. */
public final class DeleteMemoryHandler extends ApiHandler {
    private final MemoryService service;

    public DeleteMemoryHandler() {
        this(Services.get().tenantClaim(), KnowledgeServices.get().memory());
        Priming.register(this, Priming.anonymousRequest("DELETE", "/api/v2/memory/priming", Map.of("memory_id", "priming"), null), KnowledgeServices::warmUp);
    }

    public DeleteMemoryHandler(String tenantClaim, MemoryService service) {
        super(tenantClaim);
        this.service = service;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        String id = request.pathParameter("memory_id");
        service.delete(request.requireTenant(), id);
        return ApiResult.ok(Map.of("id", id, "deleted", true));
    }
}
