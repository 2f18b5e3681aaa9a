package ai.kai.functions.agent;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.agent.AgentRuns;
import ai.kai.agent.AgentTask;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.AgentServices;
import ai.kai.functions.runtime.Priming;

/**
 * {@code POST /api/v2/agent/runs} with {@code {"question", "file_id", "session_id"?, "output_format"?, "chart_type"?}}:
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
        if (AgentRequests.text(body, "connection").or(() -> AgentRequests.text(body, "db")).isPresent()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "the agent answers questions about files so far; upload "
                    + "the data (or query the connection into a file) and send its 'file_id'");
        }
        String fileId = AgentRequests.text(body, "file_id").orElseThrow(() -> new KaiException(ErrorCode.MISSING_FIELD,
                "'file_id' is required: the file the question is about"));
        AgentTask task = runs.submit(tenant, fileId, AgentRequests.analysis(body));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task_id", task.taskId());
        data.put("session_id", task.sessionId());
        data.put("status", task.status());
        data.put("poll", FunctionCatalog.API_PREFIX + "/analysis/" + task.taskId());
        return new ApiResult(202, data, Map.of());
    }
}
