package ai.kai.functions.charts;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.chart.Intent;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ChartServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.query.QueryEngine;
import ai.kai.visualization.ChartDataRequest;
import ai.kai.visualization.ChartRecommendations;

/**
 * {@code POST /api/v2/visualizations/recommend} with {@code {"data": [...] | "file_id" (+ "sql"), "intent":
 * "compare|trend|distribute|relate|compose"}}: chart types ranked from column types, cardinalities and the intent,
 * each with its reason and a config ready for generate.
 */
public final class RecommendVisualizationHandler extends ApiHandler {
    private final ChartRecommendations recommendations;

    public RecommendVisualizationHandler() {
        this(Services.get().tenantClaim(), ChartServices.get().recommendations());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/visualizations/recommend", Map.of(), "{}"),
                QueryEngine::warmUp);
    }

    public RecommendVisualizationHandler(String tenantClaim, ChartRecommendations recommendations) {
        super(tenantClaim);
        this.recommendations = recommendations;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        JsonNode body = request.jsonBody();
        Intent intent = body.hasNonNull("intent") ? Intent.parse(body.get("intent").asText()) : null;
        return ApiResult.ok(recommendations.recommend(tenant, ChartDataRequest.from(body), intent));
    }
}
