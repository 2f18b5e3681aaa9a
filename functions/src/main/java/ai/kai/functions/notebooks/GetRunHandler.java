package ai.kai.functions.notebooks;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.notebook.NotebookService;

/** {@code GET /api/v2/notebooks/{notebook_id}/runs/{run_id}}: the run with per-cell progress. */
public final class GetRunHandler extends ApiHandler {
    private final NotebookService notebooks;

    public GetRunHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/notebooks/nb_priming/runs/r_priming", Map.of("notebook_id", "nb_priming", "run_id", "r_priming"), "{}"));
    }

    public GetRunHandler(String tenantClaim, NotebookService notebooks) {
        super(tenantClaim);
        this.notebooks = notebooks;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        return ApiResult.ok(notebooks.run(tenant, request.pathParameter("notebook_id"), request.pathParameter("run_id")));
    }
}
