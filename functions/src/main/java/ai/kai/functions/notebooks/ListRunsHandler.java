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

/** {@code GET /api/v2/notebooks/{notebook_id}/runs?limit=}: runs, newest first, with their trigger and status. */
public final class ListRunsHandler extends ApiHandler {
    private final NotebookService notebooks;

    public ListRunsHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/notebooks/nb_priming/runs", Map.of("notebook_id", "nb_priming"), "{}"));
    }

    public ListRunsHandler(String tenantClaim, NotebookService notebooks) {
        super(tenantClaim);
        this.notebooks = notebooks;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        int limit = request.intQueryParameter("limit", 20);
        if (limit < 1 || limit > 100) {
            throw new KaiException(ErrorCode.INVALID_PAGINATION, "'limit' must be between 1 and 100");
        }
        var runs = notebooks.runs(tenant, request.pathParameter("notebook_id"), limit);
        return ApiResult.ok(runs, Map.of("count", runs.size()));
    }
}
