package ai.kai.functions.notebooks;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.notebook.NotebookService;

/** {@code DELETE /api/v2/notebooks/{notebook_id}}: the notebook, its runs and their stored results and reports. */
public final class DeleteNotebookHandler extends ApiHandler {
    private final NotebookService notebooks;

    public DeleteNotebookHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks());
        Priming.register(this, Priming.anonymousRequest("DELETE", "/api/v2/notebooks/nb_priming", Map.of("notebook_id", "nb_priming"), "{}"));
    }

    public DeleteNotebookHandler(String tenantClaim, NotebookService notebooks) {
        super(tenantClaim);
        this.notebooks = notebooks;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String id = request.pathParameter("notebook_id");
        notebooks.delete(tenant, id);
        return ApiResult.ok(Map.of("deleted", id));
    }
}
