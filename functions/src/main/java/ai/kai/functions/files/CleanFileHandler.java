package ai.kai.functions.files;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.prep.CleaningOperations;
import ai.kai.prep.CleaningService;
import ai.kai.query.QueryEngine;

/**
 * {@code POST /api/v2/files/{file_id}/clean} with {@code {"operations": [...], "name"?}}: a new file version,
 * linked to its parent; the parent is never changed.
 */
public final class CleanFileHandler extends ApiHandler {
    private final CleaningService cleaning;

    public CleanFileHandler() {
        this(Services.get().tenantClaim(), Services.get().cleaning());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/files/f_priming/clean",
                Map.of("file_id", "f_priming"), "{\"operations\":[]}"), QueryEngine::warmUp);
    }

    public CleanFileHandler(String tenantClaim, CleaningService cleaning) {
        super(tenantClaim);
        this.cleaning = cleaning;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String fileId = request.pathParameter("file_id");
        JsonNode body = request.jsonBody();
        JsonNode operations = body.get("operations");
        var parsed = CleaningOperations.parse(operations);
        JsonNode name = body.get("name");
        if (name != null && !name.isNull() && !name.isTextual()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'name' must be a string");
        }
        var result = cleaning.clean(tenant, fileId, parsed, CleaningService.asRequested(operations),
                name == null || name.isNull() ? null : name.asText());
        return new ApiResult(201, result, Map.of("parent_file_id", fileId));
    }
}
