package ai.kai.functions.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.MdlSourceServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.mdl.MdlSources;
import ai.kai.knowledge.mdl.MdlYaml;
import ai.kai.knowledge.mdl.SemanticLayer;
import ai.kai.query.QueryEngine;

/**
 * {@code POST /api/v2/mdl/generate} with {@code {"file_id": ...}} or {@code {"connection": alias, "table": ...}}: drafts
 * a semantic layer (YAML and JSON) from the file's profile or the table's schema. Nothing is stored: review it, then
 * {@code PUT /api/v2/mdl/{source}}.
 */
public final class GenerateMdlHandler extends ApiHandler {
    private final MdlSources sources;

    public GenerateMdlHandler() {
        this(Services.get().tenantClaim(), MdlSourceServices.get());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/mdl/generate", Map.of(), "{}"), QueryEngine::warmUp);
    }

    public GenerateMdlHandler(String tenantClaim, MdlSources sources) {
        super(tenantClaim);
        this.sources = sources;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        JsonNode body = request.jsonBody();
        String fileId = body.path("file_id").asText("");
        String connection = body.path("connection").asText("");
        if (fileId.isBlank() == connection.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "send either 'file_id' or 'connection' with 'table'");
        }
        SemanticLayer layer = fileId.isBlank()
                ? sources.generateFromConnection(tenant, connection, body.path("table").asText(null))
                : sources.generateFromFile(tenant, fileId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("source", layer.source());
        data.put("yaml", MdlYaml.write(layer));
        data.put("layer", layer);
        return ApiResult.ok(data);
    }
}
