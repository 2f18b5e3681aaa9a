package ai.kai.functions.notebooks;

import java.util.Map;

import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.notebook.NotebookService;
import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** {@code POST /api/v2/notebooks/from-template} with {@code {"template_id", "name", "file_id"}}. */
public final class FromTemplateHandler extends ApiHandler {
    private final NotebookService notebooks;

    public FromTemplateHandler() {
        this(NotebookServices.get().tenantClaim(), NotebookServices.get().notebooks());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/notebooks/from-template", Map.of(), "{}"));
    }

    public FromTemplateHandler(String tenantClaim, NotebookService notebooks) {
        super(tenantClaim);
        this.notebooks = notebooks;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        JsonNode body = request.jsonBody();
        String template = body.path("template_id").asText(null);
        if (template == null || template.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'template_id' is required; list templates with GET /api/v2/notebooks/templates");
        }
        return ApiResult.created(notebooks.fromTemplate(tenant, template, body.path("name").asText(null),
                body.path("file_id").asText(null)));
    }
}
