package ai.kai.functions.charts;

import java.util.Map;

import ai.kai.chart.ThemeCatalog;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ChartServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/** {@code DELETE /api/v2/visualizations/themes/{name}}: deletes a custom theme (built-ins cannot be deleted). */
public final class DeleteThemeHandler extends ApiHandler {
    private final ThemeCatalog themes;

    public DeleteThemeHandler() {
        this(Services.get().tenantClaim(), ChartServices.get().themes());
        Priming.register(this, Priming.anonymousRequest("DELETE", "/api/v2/visualizations/themes/priming",
                Map.of("name", "priming"), null));
    }

    public DeleteThemeHandler(String tenantClaim, ThemeCatalog themes) {
        super(tenantClaim);
        this.themes = themes;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        String name = request.pathParameter("name");
        themes.delete(request.requireTenant(), name);
        return ApiResult.ok(Map.of("name", name, "deleted", true));
    }
}
