package ai.kai.functions.charts;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ChartServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.visualization.ExportRequest;
import ai.kai.visualization.VisualizationService;

/**
 * {@code POST /api/v2/visualizations/{viz_id}/export} with {@code {"format": "png|svg|pdf|html|html_cdn", "dpi",
 * "scale", "width", "height"}}: renders the stored figure in this function (no browser), stores it beside the figure
 * and answers a presigned download URL.
 */
public final class ExportVisualizationHandler extends ApiHandler {
    private final VisualizationService visualizations;

    public ExportVisualizationHandler() {
        this(Services.get().tenantClaim(), ChartServices.get().visualizations());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/visualizations/v_priming/export",
                Map.of("viz_id", "v_priming"), "{\"format\":\"png\"}"), ChartPriming::renderOnce);
    }

    public ExportVisualizationHandler(String tenantClaim, VisualizationService visualizations) {
        super(tenantClaim);
        this.visualizations = visualizations;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String vizId = request.pathParameter("viz_id");
        ExportRequest export = ExportRequest.from(request.jsonBody());
        return ApiResult.ok(visualizations.export(tenant, vizId, export), Map.of("viz_id", vizId));
    }
}
