package ai.kai.functions.files;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.FileService;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/**
 * {@code POST /api/v2/files/upload}. JSON bodies: {@code {"name", "content_base64" | "content"}} stores a small
 * file inline; {@code {"name", "mode": "presigned", "size_bytes"}} answers a presigned PUT for a large one. Any
 * other content type is taken as the file itself, named by {@code ?name=}.
 */
public final class UploadFileHandler extends ApiHandler {
    private final FileService files;

    public UploadFileHandler() {
        this(Services.get().tenantClaim(), Services.get().files());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/files/upload", Map.of(), "{}"));
    }

    public UploadFileHandler(String tenantClaim, FileService files) {
        super(tenantClaim);
        this.files = files;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        if (!request.isJson()) {
            String name = request.queryParameter("name").orElseThrow(() -> new KaiException(ErrorCode.MISSING_FIELD,
                    "name the file with ?name=… when sending its bytes as the body"));
            return ApiResult.created(files.uploadInline(tenant, name, request.body()));
        }
        JsonNode body = request.jsonBody();
        String name = text(body, "name");
        String mode = body.path("mode").asText("inline");
        return switch (mode) {
            case "presigned" -> {
                JsonNode size = body.path("size_bytes");
                if (!size.canConvertToLong() || size.asLong() < 0) {
                    throw new KaiException(ErrorCode.MISSING_FIELD, "'size_bytes' (the file's size) is required for a presigned upload");
                }
                yield ApiResult.created(files.uploadPresigned(tenant, name, size.asLong()));
            }
            case "inline" -> ApiResult.created(files.uploadInline(tenant, name, inlineContent(body)));
            default -> throw new KaiException(ErrorCode.INVALID_REQUEST, "'mode' must be 'inline' or 'presigned'");
        };
    }

    private static byte[] inlineContent(JsonNode body) {
        if (body.hasNonNull("content_base64")) {
            try {
                return Base64.getDecoder().decode(body.get("content_base64").asText());
            } catch (IllegalArgumentException e) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "'content_base64' is not valid base64");
            }
        }
        if (body.hasNonNull("content")) {
            return body.get("content").asText().getBytes(StandardCharsets.UTF_8);
        }
        throw new KaiException(ErrorCode.MISSING_FIELD,
                "send the file as 'content_base64' (or 'content' for text), or use \"mode\": \"presigned\"");
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'" + field + "' is required");
        }
        return node.asText();
    }
}
