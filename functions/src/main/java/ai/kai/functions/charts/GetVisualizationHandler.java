package ai.kai.functions.charts;

import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ChartServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.visualization.VisualizationService;

/**
 * {@code GET /api/v2/visualizations/{viz_id}}: the stored visualization with its figure; {@code ?format=html_cdn}
 * answers the light HTML page itself (plotly.js from the CDN). The offline page is too large for a response: export it.
 */
public final class GetVisualizationHandler extends ApiHandler {
    private final VisualizationService visualizations;

    public GetVisualizationHandler() {
        this(Services.get().tenantClaim(), ChartServices.get().visualizations());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/visualizations/v_priming",
                Map.of("viz_id", "v_priming"), null));
    }

    public GetVisualizationHandler(String tenantClaim, VisualizationService visualizations) {
        super(tenantClaim);
        this.visualizations = visualizations;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String vizId = request.pathParameter("viz_id");
        return switch (request.queryParameter("format").orElse("json")) {
            case "json" -> ApiResult.ok(visualizations.get(tenant, vizId), Map.of("viz_id", vizId));
            case "html_cdn", "html-cdn" -> ApiResult.raw("text/html; charset=utf-8", visualizations.cdnPage(tenant, vizId));
            default -> throw new KaiException(ErrorCode.INVALID_REQUEST, "'format' must be json or html_cdn; for png, svg, "
                    + "pdf or the offline html use POST /api/v2/visualizations/" + vizId + "/export");
        };
    }
}
