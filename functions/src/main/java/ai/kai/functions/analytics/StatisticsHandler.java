package ai.kai.functions.analytics;

import java.util.Map;

import ai.kai.analytics.Analysis;
import ai.kai.analytics.StatisticsAnalysis;
import ai.kai.analytics.StatisticsCall;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.AnalyticsServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.query.QueryEngine;

/**
 * {@code POST /api/v2/analytics/statistics}: a test, descriptive statistics or correlations over inline rows or a
 * file's columns ({@code {"test_type", "file_id" | "data", "value_column", "group_column", "groups", ...}}).
 */
public final class StatisticsHandler extends ApiHandler {
    private final StatisticsAnalysis statistics;

    public StatisticsHandler() {
        this(AnalyticsServices.get().tenantClaim(), AnalyticsServices.get().statistics());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/analytics/statistics", Map.of(), "{}"),
                QueryEngine::warmUp);
    }

    public StatisticsHandler(String tenantClaim, StatisticsAnalysis statistics) {
        super(tenantClaim);
        this.statistics = statistics;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        Analysis analysis = statistics.run(tenant, StatisticsCall.from(request.jsonBody()));
        return ApiResult.ok(analysis.result(), analysis.metadata());
    }
}
