package ai.kai.functions.charts;

import java.util.Map;

import ai.kai.chart.Theme;
import ai.kai.chart.ThemeCatalog;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ChartServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.visualization.ThemeRequests;

/**
 * {@code POST /api/v2/visualizations/themes} with a theme ({@code name}, {@code colorway}, backgrounds, font, grid
 * and line colours): stores it for the tenant; charts use it by {@code "theme": name}.
 */
public final class CreateThemeHandler extends ApiHandler {
    private final ThemeCatalog themes;

    public CreateThemeHandler() {
        this(Services.get().tenantClaim(), ChartServices.get().themes());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/visualizations/themes", Map.of(), "{}"));
    }

    public CreateThemeHandler(String tenantClaim, ThemeCatalog themes) {
        super(tenantClaim);
        this.themes = themes;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        Theme theme = ThemeRequests.theme(request.jsonBody());
        themes.create(tenant, theme);
        return ApiResult.created(ListThemesHandler.view(theme));
    }
}
