package ai.kai.functions.connections;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.connect.ConnectionManager;
import ai.kai.connect.QueryLimits;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ConnectionServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.query.QueryRequest;
import ai.kai.query.QueryResult;

/**
 * {@code POST /api/v2/connections/{alias}/query} with {@code {"sql", "limit"}}: one read-only statement in the
 * source's dialect, answered with the result model of file queries. The manager caps the statement's time.
 */
public final class QueryConnectionHandler extends ApiHandler {
    private final ConnectionManager connections;
    private final Duration timeout;

    public QueryConnectionHandler() {
        this(Services.get().tenantClaim(), ConnectionServices.manager(), Services.get().config().queryTimeout());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/connections/priming/query",
                Map.of("alias", "priming"), "{\"sql\":\"SELECT 1\"}"));
    }

    public QueryConnectionHandler(String tenantClaim, ConnectionManager connections, Duration timeout) {
        super(tenantClaim);
        this.connections = connections;
        this.timeout = timeout;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String alias = request.pathParameter("alias");
        JsonNode body = request.jsonBody();
        JsonNode sql = body.get("sql");
        if (sql == null || !sql.isTextual() || sql.asText().isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'sql' (a string) is required, e.g. {\"sql\": \"SELECT 1\"}");
        }
        JsonNode limit = body.path("limit");
        if (!limit.isMissingNode() && !limit.isNull() && !limit.canConvertToInt()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'limit' must be an integer");
        }
        int rows = limit.isMissingNode() || limit.isNull() ? QueryRequest.DEFAULT_LIMIT : limit.asInt();
        if (rows < 1 || rows > QueryRequest.MAX_LIMIT) {
            throw new KaiException(ErrorCode.INVALID_REQUEST,
                    "'limit' must be between 1 and " + QueryRequest.MAX_LIMIT + " (got " + rows + ")");
        }
        QueryResult result = connections.query(tenant, alias, sql.asText(), QueryLimits.of(rows, timeout));
        return ApiResult.ok(result, Map.of("alias", alias));
    }
}
