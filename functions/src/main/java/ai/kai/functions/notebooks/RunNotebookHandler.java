package ai.kai.functions.notebooks;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.notebook.NotebookService;
import ai.kai.notebook.NotebookRun;

/** {@code POST /api/v2/notebooks/{notebook_id}/run} with {@code {"parameters": {…}}}: checks them, stores a queued run, dispatches it to the runner and answers 202 with the run id. */
public final class RunNotebookHandler extends ApiHandler {
    private final NotebookService notebooks;

    public RunNotebookHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/notebooks/nb_priming/run", Map.of("notebook_id", "nb_priming"), "{}"));
    }

    public RunNotebookHandler(String tenantClaim, NotebookService notebooks) {
        super(tenantClaim);
        this.notebooks = notebooks;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String body = request.bodyText();
        var parameters = body.isBlank() ? Map.<String, String>of() : NotebookRequests.parameters(request.jsonBody());
        NotebookRun run = notebooks.startRun(tenant, request.pathParameter("notebook_id"), parameters);
        return new ApiResult(202, run, Map.of("run_id", run.runId()));
    }
}
