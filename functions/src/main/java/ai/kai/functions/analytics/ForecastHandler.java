package ai.kai.functions.analytics;

import java.util.Map;

import ai.kai.analytics.Analysis;
import ai.kai.analytics.ForecastAnalysis;
import ai.kai.analytics.ForecastCall;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.AnalyticsServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.query.QueryEngine;

/**
 * {@code POST /api/v2/analytics/forecast}: forecasts a series of inline rows or a file with prediction intervals
 * ({@code {"file_id" | "data", "date_column", "value_column", "periods", "model", "level", "frequency"}}).
 */
public final class ForecastHandler extends ApiHandler {
    private final ForecastAnalysis forecasts;

    public ForecastHandler() {
        this(AnalyticsServices.get().tenantClaim(), AnalyticsServices.get().forecasts());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/analytics/forecast", Map.of(), "{}"),
                QueryEngine::warmUp);
    }

    public ForecastHandler(String tenantClaim, ForecastAnalysis forecasts) {
        super(tenantClaim);
        this.forecasts = forecasts;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        Analysis analysis = forecasts.run(tenant, ForecastCall.from(request.jsonBody()));
        return ApiResult.ok(analysis.result(), analysis.metadata());
    }
}
