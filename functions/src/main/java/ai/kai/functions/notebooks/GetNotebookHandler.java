package ai.kai.functions.notebooks;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.notebook.NotebookService;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.notebook.NotebookReader;

/** {@code GET /api/v2/notebooks/{notebook_id}} (id or name): the notebook; {@code ?format=yaml} its YAML export. */
public final class GetNotebookHandler extends ApiHandler {
    private final NotebookService notebooks;

    public GetNotebookHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/notebooks/nb_priming", Map.of("notebook_id", "nb_priming"), "{}"));
    }

    public GetNotebookHandler(String tenantClaim, NotebookService notebooks) {
        super(tenantClaim);
        this.notebooks = notebooks;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        var notebook = notebooks.get(tenant, request.pathParameter("notebook_id"));
        String format = request.queryParameter("format").orElse("json");
        return switch (format) {
            case "yaml" -> ApiResult.raw("application/yaml; charset=utf-8", NotebookReader.toYaml(notebook.spec()));
            case "json" -> ApiResult.ok(notebook);
            default -> throw new KaiException(ErrorCode.INVALID_REQUEST, "'format' is json or yaml; got '" + format + "'");
        };
    }
}
