package ai.kai.functions.notebooks;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.notebook.NotebookService;

/** {@code GET /api/v2/notebooks?tag=…}: the tenant's notebooks. */
public final class ListNotebooksHandler extends ApiHandler {
    private final NotebookService notebooks;

    public ListNotebooksHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/notebooks", Map.of(), "{}"));
    }

    public ListNotebooksHandler(String tenantClaim, NotebookService notebooks) {
        super(tenantClaim);
        this.notebooks = notebooks;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        var list = notebooks.list(tenant, request.queryParameter("tag").orElse(null));
        return ApiResult.ok(list, Map.of("count", list.size()));
    }
}
