package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.KnowledgeServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.skill.SkillService;

/** {@code DELETE /api/v2/skills/{name}}: deletes one of the tenant's skills (built-ins stay). */
public final class DeleteSkillHandler extends ApiHandler {
    private final SkillService service;

    public DeleteSkillHandler() {
        this(Services.get().tenantClaim(), KnowledgeServices.get().skills());
        Priming.register(this, Priming.anonymousRequest("DELETE", "/api/v2/skills/priming", Map.of("name", "priming"), null), KnowledgeServices::warmUp);
    }

    public DeleteSkillHandler(String tenantClaim, SkillService service) {
        super(tenantClaim);
        this.service = service;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        String name = request.pathParameter("name");
        service.delete(request.requireTenant(), name);
        return ApiResult.ok(Map.of("name", name, "deleted", true));
    }
}
