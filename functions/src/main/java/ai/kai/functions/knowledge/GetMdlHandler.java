package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.KnowledgeServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.mdl.MdlService;

/** {@code GET /api/v2/mdl/{source}}: the stored layer as JSON with its YAML ({@code ?format=yaml}: the YAML alone). */
public final class GetMdlHandler extends ApiHandler {
    private final MdlService service;

    public GetMdlHandler() {
        this(Services.get().tenantClaim(), KnowledgeServices.get().mdl());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/mdl/priming", Map.of("source", "priming"), null), KnowledgeServices::warmUp);
    }

    public GetMdlHandler(String tenantClaim, MdlService service) {
        super(tenantClaim);
        this.service = service;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var stored = service.get(request.requireTenant(), request.pathParameter("source"));
        if (request.queryParameter("format").filter("yaml"::equalsIgnoreCase).isPresent()) {
            return ApiResult.raw("application/yaml; charset=utf-8", stored.yaml());
        }
        return ApiResult.ok(stored);
    }
}
