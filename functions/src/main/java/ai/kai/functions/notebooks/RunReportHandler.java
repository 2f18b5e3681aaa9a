package ai.kai.functions.notebooks;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.notebook.NotebookService;

/** {@code GET /api/v2/notebooks/{notebook_id}/runs/{run_id}/report?format=html|pdf|json}: html and pdf are rendered, stored per tenant and answered as a presigned URL; json is the report model itself. */
public final class RunReportHandler extends ApiHandler {
    private final NotebookService notebooks;

    public RunReportHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/notebooks/nb_priming/runs/r_priming/report", Map.of("notebook_id", "nb_priming", "run_id", "r_priming"), "{}"),
                NotebookServices.get()::primeReportRendering);
    }

    public RunReportHandler(String tenantClaim, NotebookService notebooks) {
        super(tenantClaim);
        this.notebooks = notebooks;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String id = request.pathParameter("notebook_id");
        String runId = request.pathParameter("run_id");
        String format = request.queryParameter("format").orElse("html");
        if (format.equals("json")) {
            return ApiResult.ok(ReportView.of(notebooks.report(tenant, id, runId)));
        }
        return ApiResult.ok(notebooks.exportReport(tenant, id, runId, format));
    }
}
