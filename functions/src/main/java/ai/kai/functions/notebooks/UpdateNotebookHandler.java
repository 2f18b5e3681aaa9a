package ai.kai.functions.notebooks;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.notebook.NotebookService;

/** {@code PUT /api/v2/notebooks/{notebook_id}}: replaces the notebook's spec (JSON or YAML), checked as on create. */
public final class UpdateNotebookHandler extends ApiHandler {
    private final NotebookService notebooks;

    public UpdateNotebookHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks());
        Priming.register(this, Priming.anonymousRequest("PUT", "/api/v2/notebooks/nb_priming", Map.of("notebook_id", "nb_priming"), "{}"));
    }

    public UpdateNotebookHandler(String tenantClaim, NotebookService notebooks) {
        super(tenantClaim);
        this.notebooks = notebooks;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        return ApiResult.ok(notebooks.update(tenant, request.pathParameter("notebook_id"), NotebookRequests.spec(request)));
    }
}
