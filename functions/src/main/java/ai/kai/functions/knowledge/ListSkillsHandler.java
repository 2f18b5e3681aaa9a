package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.KnowledgeServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.skill.SkillService;

/** {@code GET /api/v2/skills}: the built-in skills, then the tenant's own (names, descriptions, tags). */
public final class ListSkillsHandler extends ApiHandler {
    private final SkillService service;

    public ListSkillsHandler() {
        this(Services.get().tenantClaim(), KnowledgeServices.get().skills());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/skills", Map.of(), null), KnowledgeServices::warmUp);
    }

    public ListSkillsHandler(String tenantClaim, SkillService service) {
        super(tenantClaim);
        this.service = service;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var all = service.list(request.requireTenant()).stream().map(KnowledgeViews::summary).toList();
        return ApiResult.ok(Map.of("skills", all), Map.of("count", all.size()));
    }
}
