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
import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.schedule.ScheduleExpression;
import ai.kai.schedule.ScheduleRequest;

/** {@code POST /api/v2/notebooks/{notebook_id}/schedule} with {@code {"cron": "0 8 1 * *" | "cron(…)" | "rate(…)", "timezone", "parameters"}}: creates or replaces the notebook's schedule; its runs evaluate relative dates in that zone. */
public final class PutScheduleHandler extends ApiHandler {
    private final NotebookService notebooks;
    private final Schedules schedules;

    public PutScheduleHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks(), NotebookServices.get().schedules());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/notebooks/nb_priming/schedule",
                Map.of("notebook_id", "nb_priming"), "{}"));
    }

    public PutScheduleHandler(String tenantClaim, NotebookService notebooks, Schedules schedules) {
        super(tenantClaim);
        this.notebooks = notebooks;
        this.schedules = schedules;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        var notebook = notebooks.get(tenant, request.pathParameter("notebook_id"));
        JsonNode body = request.jsonBody();
        String expression = body.hasNonNull("cron") ? body.get("cron").asText() : body.path("expression").asText(null);
        if (expression == null || expression.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'cron' is required, e.g. \"0 8 1 * *\" or \"rate(1 day)\"");
        }
        String zone = body.hasNonNull("timezone") ? body.get("timezone").asText() : body.path("time_zone").asText("UTC");
        var parameters = NotebookRequests.parameters(body);
        ScheduleExpression.parse(expression); // refuse a bad cron before the notebook's time zone changes
        notebooks.prepareSchedule(tenant, notebook.id(), parameters, zone);
        return ApiResult.created(ScheduleView.of(schedules.put(tenant, new ScheduleRequest(notebook.id(), expression, zone, parameters))));
    }

    static KaiException noSchedule(String name) {
        return new KaiException(ErrorCode.NOTEBOOK_NOT_FOUND, "notebook '" + name + "' has no schedule; create one with "
                + "POST /api/v2/notebooks/{id}/schedule or 'kai notebook schedule'");
    }
}
