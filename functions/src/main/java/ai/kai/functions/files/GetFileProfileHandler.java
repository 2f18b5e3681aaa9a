package ai.kai.functions.files;

import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.FileProfileService;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/**
 * {@code GET /api/v2/files/{file_id}/profile}: the profile made at ingest; {@code ?format=html} answers the
 * self-contained HTML report itself (opens offline).
 */
public final class GetFileProfileHandler extends ApiHandler {
    private final FileProfileService profiles;

    public GetFileProfileHandler() {
        this(Services.get().tenantClaim(), Services.get().fileProfiles());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/files/f_priming/profile",
                Map.of("file_id", "f_priming"), null));
    }

    public GetFileProfileHandler(String tenantClaim, FileProfileService profiles) {
        super(tenantClaim);
        this.profiles = profiles;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        String fileId = request.pathParameter("file_id");
        String format = request.queryParameter("format").orElse("json");
        return switch (format) {
            case "json" -> ApiResult.ok(profiles.stored(tenant, fileId), Map.of("file_id", fileId));
            case "html" -> ApiResult.raw("text/html; charset=utf-8", profiles.storedHtml(tenant, fileId));
            default -> throw new KaiException(ErrorCode.INVALID_REQUEST, "'format' must be json or html");
        };
    }
}
