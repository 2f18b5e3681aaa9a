package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.KnowledgeServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.memory.MemoryService;

/** {@code POST /api/v2/memory} {@code {"fact": ..., "source": "user"|"agent"}}: saves a fact (201), or answers the near-identical one already saved (200, {@code duplicate: true}). */
public final class RememberHandler extends ApiHandler {
    private final MemoryService service;

    public RememberHandler() {
        this(Services.get().tenantClaim(), KnowledgeServices.get().memory());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/memory", Map.of(), "{}"), KnowledgeServices::warmUp);
    }

    public RememberHandler(String tenantClaim, MemoryService service) {
        super(tenantClaim);
        this.service = service;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var body = request.jsonBody();
        var remembered = service.remember(request.requireTenant(), body.path("fact").asText(null),
                body.path("source").asText(null));
        return new ApiResult(remembered.duplicate() ? 200 : 201, Map.of("memory", remembered.memory(),
                "duplicate", remembered.duplicate()), Map.of());
    }
}
