package ai.kai.functions.agent;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.agent.AgentRuns;
import ai.kai.agent.AgentSource;
import ai.kai.agent.AgentTask;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.AgentServices;
import ai.kai.functions.runtime.Priming;

/**
 * {@code POST /api/v2/agent/runs} with {@code {"question", "file_id" | "connection", "session_id"?, "output_format"?,
 * "chart_type"?}} ({@code db} is accepted for {@code connection}):
 * 202 with the task id; the work runs in the background worker and is polled at {@code GET /api/v2/analysis/{task_id}}.
 */
public final class CreateAgentRunHandler extends ApiHandler {
    private final AgentRuns runs;

    public CreateAgentRunHandler() {
        this(AgentServices.get().tenantClaim(), AgentServices.get().runs());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/agent/runs", Map.of(), "{\"question\":\"priming\"}"));
    }

    public CreateAgentRunHandler(String tenantClaim, AgentRuns runs) {
        super(tenantClaim);
        this.runs = runs;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        JsonNode body = request.jsonBody();
        AgentSource source = new AgentSource(AgentRequests.text(body, "file_id").orElse(null),
                AgentRequests.text(body, "connection").or(() -> AgentRequests.text(body, "db")).orElse(null));
        AgentTask task = runs.submit(tenant, source, AgentRequests.analysis(body));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task_id", task.taskId());
        data.put("session_id", task.sessionId());
        data.put("status", task.status());
        data.put("poll", FunctionCatalog.API_PREFIX + "/analysis/" + task.taskId());
        return new ApiResult(202, data, Map.of());
    }
}
