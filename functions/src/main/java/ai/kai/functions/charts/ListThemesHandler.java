package ai.kai.functions.charts;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.Theme;
import ai.kai.chart.ThemeCatalog;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ChartServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.json.Json;

/** {@code GET /api/v2/visualizations/themes}: the built-in themes (default, dark), then the tenant's own. */
public final class ListThemesHandler extends ApiHandler {
    private final ThemeCatalog themes;

    public ListThemesHandler() {
        this(Services.get().tenantClaim(), ChartServices.get().themes());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/visualizations/themes", Map.of(), null));
    }

    public ListThemesHandler(String tenantClaim, ThemeCatalog themes) {
        super(tenantClaim);
        this.themes = themes;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        List<ObjectNode> all = themes.list(request.requireTenant()).stream().map(ListThemesHandler::view).toList();
        return ApiResult.ok(Map.of("themes", all), Map.of("count", all.size()));
    }

    /** The theme with {@code built_in} beside its fields. */
    static ObjectNode view(Theme theme) {
        ObjectNode node = Json.mapper().valueToTree(theme);
        node.put("built_in", theme.isBuiltIn());
        return node;
    }
}
