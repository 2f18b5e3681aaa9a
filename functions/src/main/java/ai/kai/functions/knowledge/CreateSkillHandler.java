package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.KnowledgeServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.skill.SkillService;

/** {@code POST /api/v2/skills} with the skill's Markdown file (front matter + body) as the body, or {@code {"markdown": ...}}. */
public final class CreateSkillHandler extends ApiHandler {
    private final SkillService service;

    public CreateSkillHandler() {
        this(Services.get().tenantClaim(), KnowledgeServices.get().skills());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/skills", Map.of(), "{}"), KnowledgeServices::warmUp);
    }

    public CreateSkillHandler(String tenantClaim, SkillService service) {
        super(tenantClaim);
        this.service = service;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var skill = service.create(request.requireTenant(), KnowledgeViews.document(request, "markdown"));
        return ApiResult.created(skill);
    }
}
