package ai.kai.functions.files;

import java.util.Map;

import ai.kai.files.FileService;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/** {@code GET /api/v2/files/{file_id}}: status (with the failure reason), schema, row count, preview rows. */
public final class GetFileHandler extends ApiHandler {
    private final FileService files;

    public GetFileHandler() {
        this(Services.get().tenantClaim(), Services.get().files());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/files/f_priming", Map.of("file_id", "f_priming"), null));
    }

    public GetFileHandler(String tenantClaim, FileService files) {
        super(tenantClaim);
        this.files = files;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        return ApiResult.ok(files.get(request.requireTenant(), request.pathParameter("file_id")));
    }
}
