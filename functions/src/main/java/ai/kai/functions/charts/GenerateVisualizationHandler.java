package ai.kai.functions.charts;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ChartServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.query.QueryEngine;
import ai.kai.visualization.ChartDataRequest;
import ai.kai.visualization.ChartRequests;
import ai.kai.visualization.VisualizationService;

/**
 * {@code POST /api/v2/visualizations/generate} with {@code {"data": [...] | "file_id" (+ "sql"), "chart_type",
 * "config": {...}}}: builds the Plotly figure, stores it, answers the visualization (figure inline when small, and a
 * presigned {@code figure_url}).
 */
public final class GenerateVisualizationHandler extends ApiHandler {
    private final VisualizationService visualizations;

    public GenerateVisualizationHandler() {
        this(Services.get().tenantClaim(), ChartServices.get().visualizations());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/visualizations/generate", Map.of(), "{}"),
                QueryEngine::warmUp, ChartPriming::renderOnce);
    }

    public GenerateVisualizationHandler(String tenantClaim, VisualizationService visualizations) {
        super(tenantClaim);
        this.visualizations = visualizations;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        JsonNode body = request.jsonBody();
        var visualization = visualizations.generate(tenant, ChartRequests.spec(body), ChartDataRequest.from(body));
        return new ApiResult(201, visualization, Map.of("viz_id", visualization.vizId()));
    }
}
