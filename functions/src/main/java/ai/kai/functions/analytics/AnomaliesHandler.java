package ai.kai.functions.analytics;

import java.util.Map;

import ai.kai.analytics.Analysis;
import ai.kai.analytics.AnomalyAnalysis;
import ai.kai.analytics.AnomalyCall;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.AnalyticsServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.query.QueryEngine;

/**
 * {@code POST /api/v2/analytics/anomalies}: flags unusual values of a column of inline rows or a file
 * ({@code {"file_id" | "data", "value_column", "date_column", "method", "threshold"}}).
 */
public final class AnomaliesHandler extends ApiHandler {
    private final AnomalyAnalysis anomalies;

    public AnomaliesHandler() {
        this(AnalyticsServices.get().tenantClaim(), AnalyticsServices.get().anomalies());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/analytics/anomalies", Map.of(), "{}"),
                QueryEngine::warmUp);
    }

    public AnomaliesHandler(String tenantClaim, AnomalyAnalysis anomalies) {
        super(tenantClaim);
        this.anomalies = anomalies;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        Analysis analysis = anomalies.run(tenant, AnomalyCall.from(request.jsonBody()));
        return ApiResult.ok(analysis.result(), analysis.metadata());
    }
}
