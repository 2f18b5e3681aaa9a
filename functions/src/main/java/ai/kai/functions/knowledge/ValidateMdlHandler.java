package ai.kai.functions.knowledge;

import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.MdlSourceServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.mdl.MdlService;
import ai.kai.knowledge.mdl.MdlSources;
import ai.kai.knowledge.mdl.MdlYaml;
import ai.kai.query.QueryEngine;
import ai.kai.storage.MetadataStore;

/**
 * {@code POST /api/v2/mdl/{source}/validate}: checks the YAML in the body (or, with an empty body, the stored layer)
 * against the source's data: columns exist, every metric runs in the read-only sandbox, relationship keys exist.
 * Answers 200 with {@code valid} and every problem with its YAML path and line.
 */
public final class ValidateMdlHandler extends ApiHandler {
    private final MdlSources sources;
    private final MetadataStore store;

    public ValidateMdlHandler() {
        this(Services.get().tenantClaim(), MdlSourceServices.get(), Services.get().metadata());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/mdl/priming/validate", Map.of("source", "priming"),
                ""), QueryEngine::warmUp);
    }

    public ValidateMdlHandler(String tenantClaim, MdlSources sources, MetadataStore store) {
        super(tenantClaim);
        this.sources = sources;
        this.store = store;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String source = MdlService.requireSource(request.pathParameter("source"));
        String yaml = request.body().length == 0 ? MdlService.storedYaml(store, tenant, source)
                : KnowledgeViews.document(request, "yaml");
        if (!MdlYaml.parse(yaml).layer().source().equals(source)) {
            throw new KaiException(ErrorCode.INVALID_MDL, "the layer's 'source' is not '" + source + "'; validate it at "
                    + "/api/v2/mdl/" + MdlYaml.parse(yaml).layer().source() + "/validate");
        }
        return ApiResult.ok(sources.validate(tenant, yaml));
    }
}
