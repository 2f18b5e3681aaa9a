package ai.kai.functions.files;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.FileQueryService;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.query.QueryEngine;
import ai.kai.query.QueryRequest;
import ai.kai.query.QueryResult;

/** {@code POST /api/v2/files/{file_id}/query} with {@code {"sql", "limit"}}: one read-only statement over table {@code data}. */
public final class QueryFileHandler extends ApiHandler {
    private final FileQueryService queries;

    public QueryFileHandler() {
        this(Services.get().tenantClaim(), Services.get().fileQueries());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/files/f_priming/query",
                Map.of("file_id", "f_priming"), "{\"sql\":\"SELECT 1\"}"), QueryEngine::warmUp);
    }

    public QueryFileHandler(String tenantClaim, FileQueryService queries) {
        super(tenantClaim);
        this.queries = queries;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String fileId = request.pathParameter("file_id");
        JsonNode body = request.jsonBody();
        JsonNode sql = body.get("sql");
        if (sql == null || !sql.isTextual()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'sql' (a string) is required, e.g. {\"sql\": \"SELECT * FROM data\"}");
        }
        JsonNode limit = body.path("limit");
        if (!limit.isMissingNode() && !limit.isNull() && !limit.canConvertToInt()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'limit' must be an integer");
        }
        int rows = limit.isMissingNode() || limit.isNull() ? QueryRequest.DEFAULT_LIMIT : limit.asInt();
        QueryResult result = queries.query(tenant, fileId, new QueryRequest(sql.asText(), rows));
        return ApiResult.ok(result, Map.of("file_id", fileId));
    }
}
