package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.KnowledgeServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.memory.MemoryService;

/** {@code GET /api/v2/memory/search?q=...&limit=5}: the memories closest in meaning, best first, with scores. */
public final class SearchMemoryHandler extends ApiHandler {
    private final MemoryService service;

    public SearchMemoryHandler() {
        this(Services.get().tenantClaim(), KnowledgeServices.get().memory());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/memory/search", Map.of(), null), KnowledgeServices::warmUp);
    }

    public SearchMemoryHandler(String tenantClaim, MemoryService service) {
        super(tenantClaim);
        this.service = service;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var hits = service.search(request.requireTenant(), KnowledgeViews.query(request), KnowledgeViews.limit(request));
        return ApiResult.ok(Map.of("results", KnowledgeViews.ranked(hits, "memory")), Map.of("count", hits.size()));
    }
}
