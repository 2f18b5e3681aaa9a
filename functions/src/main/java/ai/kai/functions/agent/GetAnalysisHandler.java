package ai.kai.functions.agent;

import java.util.Map;

import ai.kai.agent.AgentRuns;
import ai.kai.agent.AgentTask;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.AgentServices;
import ai.kai.functions.runtime.Priming;

/** {@code GET /api/v2/analysis/{task_id}}: a background run's status, its steps so far and, once done, the answer. */
public final class GetAnalysisHandler extends ApiHandler {
    private final AgentRuns runs;

    public GetAnalysisHandler() {
        this(AgentServices.get().tenantClaim(), AgentServices.get().runs());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/analysis/t_priming", Map.of("task_id", "t_priming"), null));
    }

    public GetAnalysisHandler(String tenantClaim, AgentRuns runs) {
        super(tenantClaim);
        this.runs = runs;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        AgentTask task = runs.get(request.requireTenant(), request.pathParameter("task_id"));
        return ApiResult.ok(task, Map.of("finished", task.finished()));
    }
}
