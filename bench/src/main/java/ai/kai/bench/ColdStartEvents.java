package ai.kai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.json.Json;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The real event each catalog function gets in a cold run, against the running local stack: the API route it
 * serves (authenticated where it needs a token) or, for ingest, an S3 notification for a freshly uploaded object.
 */
final class ColdStartEvents {
    /** Uploads by the cold functions land here, so the local stack's own ingest (which reads its bucket) ignores them. */
    static final String SIDE_BUCKET = "kai-bench-cold";

    private final BenchStack stack;
    private final S3Client s3;
    private final String smallCsv;

    /** {@code s3} reaches the side bucket; {@code smallCsv} is the 1,000-row CSV the uploads send. */
    ColdStartEvents(BenchStack stack, S3Client s3, String smallCsv) {
        this.stack = stack;
        this.s3 = s3;
        this.smallCsv = smallCsv;
    }

    /** The inputs for {@code function} on the file {@code fileId}; empty where no event is defined here yet. */
    Optional<ColdStartInput.Factory> forFunction(String function, String fileId) {
        Predicate<String> ok200 = status(200);
        return Optional.ofNullable(switch (function) {
            case "kai-health" -> r -> api("GET", "/api/v2/health", Map.of(), null, false, ok200);
            case "kai-openapi" -> r -> api("GET", "/api/v2/openapi.json", Map.of(), null, false, ok200);
            case "kai-files-list" -> r -> api("GET", "/api/v2/files", Map.of(), null, true, ok200);
            case "kai-files-get" -> r -> api("GET", "/api/v2/files/" + fileId, Map.of("file_id", fileId), null, true, ok200);
            case "kai-files-query" -> r -> api("POST", "/api/v2/files/" + fileId + "/query", Map.of("file_id", fileId),
                    Json.write(Map.of("sql", "SELECT count(*) FROM data")), true, ok200);
            case "kai-files-upload" -> r -> api("POST", "/api/v2/files/upload", Map.of(),
                    Json.write(Map.of("name", "cold-upload-" + r + ".csv", "content", smallCsv)), true, status(201))
                    .withEnv(Map.of("KAI_BUCKET", SIDE_BUCKET));
            case "kai-files-clean" -> r -> api("POST", "/api/v2/files/" + fileId + "/clean", Map.of("file_id", fileId),
                    Json.write(Map.of("operations", List.of(Map.of("op", "deduplicate")))), true, status(201));
            case "kai-files-profile" -> r -> api("GET", "/api/v2/files/" + fileId + "/profile", Map.of("file_id", fileId),
                    null, true, ok200);
            case "kai-analytics-profile" -> r -> api("POST", "/api/v2/analytics/profile", Map.of(),
                    Json.write(Map.of("file_id", fileId)), true, ok200);
            case "kai-files-delete" -> r -> {
                String doomed = stack.uploadInline("cold-doomed-" + r + ".csv", smallCsv);
                return api("DELETE", "/api/v2/files/" + doomed, Map.of("file_id", doomed), null, true, ok200);
            };
            case "kai-files-ingest" -> this::ingest;
            default -> null;
        });
    }

    /** The event column of the report. */
    static String describe(String function, boolean bigFile) {
        return switch (function) {
            case "kai-health" -> "`GET /health`";
            case "kai-openapi" -> "`GET /openapi.json`";
            case "kai-files-list" -> "`GET /files`";
            case "kai-files-get" -> "`GET /files/{id}` (1,000-row file)";
            case "kai-files-query" -> bigFile ? "`SELECT count(*)` on the 1M-row file (downloads its data.duckdb)"
                    : "`SELECT count(*)` on a 1,000-row file";
            case "kai-files-upload" -> "inline upload, 58 KB CSV";
            case "kai-files-clean" -> "deduplicate the 1,000-row file into a new version";
            case "kai-files-profile" -> "the stored profile of the 1,000-row file (JSON)";
            case "kai-analytics-profile" -> "profile the 1,000-row file again (recomputed, stored)";
            case "kai-files-delete" -> "`DELETE /files/{id}`";
            case "kai-files-ingest" -> "S3 ObjectCreated, 1,000-row CSV";
            default -> function;
        };
    }

    /**
     * A pending file record made through the API, its original PUT straight into the side bucket (so only the
     * child ingests it), and the S3 event for that object.
     */
    private ColdStartInput ingest(int run) {
        byte[] content = smallCsv.getBytes(StandardCharsets.UTF_8);
        Api.Response ticket = stack.api().postJson("/api/v2/files/upload",
                Map.of("name", "cold-ingest-" + run + ".csv", "mode", "presigned", "size_bytes", content.length)).expect(201);
        String fileId = ticket.data().path("file").path("file_id").asText();
        String key = BenchStack.objectKey(ticket.data().path("upload_url").asText());
        s3.putObject(b -> b.bucket(SIDE_BUCKET).key(key).contentType("text/csv"), RequestBody.fromBytes(content));
        String etag = s3.headObject(b -> b.bucket(SIDE_BUCKET).key(key)).eTag().replace("\"", "");
        Runnable verify = () -> {
            JsonNode file = stack.api().get("/api/v2/files/" + fileId).expect(200).data();
            if (!file.path("status").asText().equals("ready") || file.path("row_count").asLong() != 1000) {
                throw new IllegalStateException("the cold ingest did not make the file ready: " + file);
            }
        };
        return new ColdStartInput(
                LambdaEvents.s3ObjectCreated(stack.config().region(), SIDE_BUCKET, key, content.length, etag),
                LambdaEvents.s3Empty(), Map.of("KAI_BUCKET", SIDE_BUCKET), response -> response.contains("INGESTED"),
                verify);
    }

    private ColdStartInput api(String method, String path, Map<String, String> pathParameters, String body,
                               boolean authenticated, Predicate<String> ok) {
        // Priming sends the same route without a token: refused before any storage call when the route needs one.
        return new ColdStartInput(
                LambdaEvents.httpApi(method, path, pathParameters, body, authenticated ? stack.token() : null),
                LambdaEvents.httpApi(method, path, pathParameters, body, null), Map.of(), ok, () -> { });
    }

    private static Predicate<String> status(int expected) {
        return response -> {
            try {
                return Json.mapper().readTree(response).path("statusCode").asInt() == expected;
            } catch (IOException e) {
                return false;
            }
        };
    }
}
