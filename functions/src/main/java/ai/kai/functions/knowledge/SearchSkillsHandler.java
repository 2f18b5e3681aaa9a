package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.KnowledgeServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.skill.SkillService;

/** {@code GET /api/v2/skills/search?q=...&limit=5}: built-in and own skills closest in meaning, best first. */
public final class SearchSkillsHandler extends ApiHandler {
    private final SkillService service;

    public SearchSkillsHandler() {
        this(Services.get().tenantClaim(), KnowledgeServices.get().skills());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/skills/search", Map.of(), null), KnowledgeServices::warmUp);
    }

    public SearchSkillsHandler(String tenantClaim, SkillService service) {
        super(tenantClaim);
        this.service = service;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var hits = service.search(request.requireTenant(), KnowledgeViews.query(request), KnowledgeViews.limit(request));
        return ApiResult.ok(Map.of("results", KnowledgeViews.ranked(hits, "skill")), Map.of("count", hits.size()));
    }
}
