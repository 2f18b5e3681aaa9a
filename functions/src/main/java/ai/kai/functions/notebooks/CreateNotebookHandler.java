package ai.kai.functions.notebooks;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.notebook.NotebookService;

/** {@code POST /api/v2/notebooks} (JSON) and {@code POST /api/v2/notebooks/import} (YAML, the template format): checked, then stored. */
public final class CreateNotebookHandler extends ApiHandler {
    private final NotebookService notebooks;

    public CreateNotebookHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/notebooks", Map.of(), "{}"));
    }

    public CreateNotebookHandler(String tenantClaim, NotebookService notebooks) {
        super(tenantClaim);
        this.notebooks = notebooks;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        return ApiResult.created(notebooks.create(tenant, NotebookRequests.spec(request), null));
    }
}
