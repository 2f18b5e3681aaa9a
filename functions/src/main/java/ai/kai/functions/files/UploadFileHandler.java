package ai.kai.functions.files;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.FileService;
import ai.kai.files.IngestOptions;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/**
 * {@code POST /api/v2/files/upload}. JSON bodies: {@code {"name", "content_base64" | "content"}} stores a small
 * file inline; {@code {"name", "mode": "presigned", "size_bytes"}} answers a presigned PUT for a large one; both
 * may say how to read it ({@code sheet}, {@code delimiter}, {@code header}, {@code decimal_separator}). Any other
 * content type is taken as the file itself, named by {@code ?name=} (options as query parameters).
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
            IngestOptions options = new IngestOptions(request.queryParameter("sheet").orElse(null),
                    request.queryParameter("delimiter").orElse(null),
                    request.queryParameter("header").map(Boolean::parseBoolean).orElse(null),
                    request.queryParameter("decimal_separator").orElse(null));
            return ApiResult.created(files.uploadInline(tenant, name, request.body(), options));
        }
        JsonNode body = request.jsonBody();
        String name = text(body, "name");
        String mode = body.path("mode").asText("inline");
        IngestOptions options = options(body);
        return switch (mode) {
            case "presigned" -> {
                JsonNode size = body.path("size_bytes");
                if (!size.canConvertToLong() || size.asLong() < 0) {
                    throw new KaiException(ErrorCode.MISSING_FIELD, "'size_bytes' (the file's size) is required for a presigned upload");
                }
                yield ApiResult.created(files.uploadPresigned(tenant, name, size.asLong(), options));
            }
            case "inline" -> ApiResult.created(files.uploadInline(tenant, name, inlineContent(body), options));
            default -> throw new KaiException(ErrorCode.INVALID_REQUEST, "'mode' must be 'inline' or 'presigned'");
        };
    }

    /** How to read the file: {@code sheet}, {@code delimiter}, {@code header}, {@code decimal_separator}; all optional. */
    private static IngestOptions options(JsonNode body) {
        JsonNode header = body.path("header");
        if (!header.isMissingNode() && !header.isNull() && !header.isBoolean()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'header' must be true or false");
        }
        return new IngestOptions(textOrNull(body, "sheet"), textOrNull(body, "delimiter"),
                header.isBoolean() ? header.asBoolean() : null, textOrNull(body, "decimal_separator"));
    }

    private static String textOrNull(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() && !node.isNumber()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'" + field + "' must be a string");
        }
        return node.asText();
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
