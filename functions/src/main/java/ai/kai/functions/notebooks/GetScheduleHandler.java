package ai.kai.functions.notebooks;

import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.notebook.NotebookService;
import ai.kai.schedule.Schedules;

/** {@code GET /api/v2/notebooks/{notebook_id}/schedule}: the schedule and its next fire times. */
public final class GetScheduleHandler extends ApiHandler {
    private final NotebookService notebooks;
    private final Schedules schedules;

    public GetScheduleHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks(), NotebookServices.get().schedules());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/notebooks/nb_priming/schedule",
                Map.of("notebook_id", "nb_priming"), "{}"));
    }

    public GetScheduleHandler(String tenantClaim, NotebookService notebooks, Schedules schedules) {
        super(tenantClaim);
        this.notebooks = notebooks;
        this.schedules = schedules;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        var notebook = notebooks.get(tenant, request.pathParameter("notebook_id"));
        return ApiResult.ok(ScheduleView.of(schedules.get(tenant, notebook.id()).orElseThrow(() -> noSchedule(notebook.name()))));
    }

    static KaiException noSchedule(String name) {
        return new KaiException(ErrorCode.NOTEBOOK_NOT_FOUND, "notebook '" + name + "' has no schedule; create one with "
                + "POST /api/v2/notebooks/{id}/schedule or 'kai notebook schedule'");
    }
}
