package ai.kai.functions.files;

import java.util.Map;

import ai.kai.files.FileService;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/** {@code DELETE /api/v2/files/{file_id}}: removes the original, the stored forms and the record. */
public final class DeleteFileHandler extends ApiHandler {
    private final FileService files;

    public DeleteFileHandler() {
        this(Services.get().tenantClaim(), Services.get().files());
        Priming.register(this, Priming.anonymousRequest("DELETE", "/api/v2/files/f_priming", Map.of("file_id", "f_priming"), null));
    }

    public DeleteFileHandler(String tenantClaim, FileService files) {
        super(tenantClaim);
        this.files = files;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        String fileId = request.pathParameter("file_id");
        files.delete(request.requireTenant(), fileId);
        return ApiResult.ok(Map.of("file_id", fileId, "deleted", true));
    }
}
