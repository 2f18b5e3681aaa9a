package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.KnowledgeServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.mdl.MdlService;

/** {@code PUT /api/v2/mdl/{source}} with the YAML as the body (or {@code {"yaml": ...}}): stores or replaces the source's semantic layer; bad YAML is a 400 naming line and field. */
public final class PutMdlHandler extends ApiHandler {
    private final MdlService service;

    public PutMdlHandler() {
        this(Services.get().tenantClaim(), KnowledgeServices.get().mdl());
        Priming.register(this, Priming.anonymousRequest("PUT", "/api/v2/mdl/priming", Map.of("source", "priming"), ""), KnowledgeServices::warmUp);
    }

    public PutMdlHandler(String tenantClaim, MdlService service) {
        super(tenantClaim);
        this.service = service;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var stored = service.put(request.requireTenant(), request.pathParameter("source"), KnowledgeViews.document(request, "yaml"));
        return ApiResult.ok(stored);
    }
}
