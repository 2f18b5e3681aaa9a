package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.KnowledgeServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.skill.SkillService;

/** {@code GET /api/v2/skills/{name}}: one skill with its body ({@code ?format=markdown}: the file itself). */
public final class GetSkillHandler extends ApiHandler {
    private final SkillService service;

    public GetSkillHandler() {
        this(Services.get().tenantClaim(), KnowledgeServices.get().skills());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/skills/priming", Map.of("name", "priming"), null), KnowledgeServices::warmUp);
    }

    public GetSkillHandler(String tenantClaim, SkillService service) {
        super(tenantClaim);
        this.service = service;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var skill = service.get(request.requireTenant(), request.pathParameter("name"));
        if (request.queryParameter("format").filter("markdown"::equalsIgnoreCase).isPresent()) {
            return ApiResult.raw("text/markdown; charset=utf-8", skill.markdown());
        }
        return ApiResult.ok(skill);
    }
}
