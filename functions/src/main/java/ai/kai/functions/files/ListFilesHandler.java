package ai.kai.functions.files;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.kai.files.FilePage;
import ai.kai.files.FileService;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/** {@code GET /api/v2/files?page_size=&cursor=}: the tenant's files, newest first; pagination in {@code metadata}. */
public final class ListFilesHandler extends ApiHandler {
    private final FileService files;

    public ListFilesHandler() {
        this(Services.get().tenantClaim(), Services.get().files());
        Priming.register(this, Priming.anonymousRequest("GET", "/api/v2/files", Map.of(), null));
    }

    public ListFilesHandler(String tenantClaim, FileService files) {
        super(tenantClaim);
        this.files = files;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        FilePage page = files.list(request.requireTenant(), request.intQueryParameter("page_size", 50),
                request.queryParameter("cursor"));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("total", page.total());
        metadata.put("page_size", page.pageSize());
        metadata.put("has_more", page.hasMore());
        metadata.put("next_cursor", page.nextCursor().orElse(null));
        return ApiResult.ok(page.files(), metadata);
    }
}
