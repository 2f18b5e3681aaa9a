package ai.kai.functions.agent;

import java.util.List;
import java.util.Map;

import ai.kai.agent.AgentAnswer;
import ai.kai.agent.AgentLimits;
import ai.kai.agent.AgentService;
import ai.kai.agent.AnalysisRequest;
import ai.kai.agent.StepListener;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.AgentServices;
import ai.kai.functions.runtime.Priming;

/**
 * {@code POST /api/v2/files/{file_id}/analyze} with {@code {"prompt", "output_format": "json|chart", "chart_type"}}:
 * the agent answers within this request (limits sized for API Gateway's 30 s); longer work goes through
 * {@code POST /api/v2/agent/runs}.
 */
public final class AnalyzeFileHandler extends ApiHandler {
    private final AgentService agent;

    public AnalyzeFileHandler() {
        this(AgentServices.get().tenantClaim(), AgentServices.get().agent());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/files/f_priming/analyze",
                Map.of("file_id", "f_priming"), "{\"prompt\":\"priming\"}"));
    }

    public AnalyzeFileHandler(String tenantClaim, AgentService agent) {
        super(tenantClaim);
        this.agent = agent;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String fileId = request.pathParameter("file_id");
        AnalysisRequest analysis = AgentRequests.analysis(request.jsonBody());
        agent.requireModel();
        var data = agent.openFile(tenant, fileId);
        AgentAnswer answer = agent.analyze(tenant, data, analysis, List.of(), AgentLimits.SYNCHRONOUS, StepListener.NONE);
        return ApiResult.ok(answer, Map.of("file_id", fileId, "stop_reason", answer.stopReason().name()));
    }
}
