package ai.kai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.config.KaiConfig;
import ai.kai.local.LocalStack;
import ai.kai.local.LocalStackOptions;

/** A local stack in a temporary directory (DynamoDB in memory, gateway on a free port) and a client of tenant "bench". */
final class BenchStack implements AutoCloseable {
    static final String TENANT = "bench";
    private final Path dataDir;
    private final LocalStack stack;
    private final Api api;

    private BenchStack(Path dataDir, LocalStack stack) {
        this.dataDir = dataDir;
        this.stack = stack;
        this.api = new Api(stack.endpoint(), stack.tokenFor(TENANT));
    }

    static BenchStack start(Path workDir) {
        Path dataDir = workDir.resolve("local-stack");
        return new BenchStack(dataDir, LocalStack.start(new LocalStackOptions(0, dataDir, false)));
    }

    Api api() {
        return api;
    }

    LocalStack stack() {
        return stack;
    }

    KaiConfig config() {
        return stack.functionConfig();
    }

    URI endpoint() {
        return stack.endpoint();
    }

    String token() {
        return stack.tokenFor(TENANT);
    }

    Path signingKeyFile() {
        return dataDir.resolve("jwt-signing.key");
    }

    /** Where the query function keeps its downloaded {@code data.duckdb} files (Lambda's /tmp in AWS). */
    Path datasetCacheDir() {
        return config().cacheDir().resolve("datasets");
    }

    /** A presigned upload and its ingest, timed from the upload request until the API reports the file ready. */
    record Upload(String fileId, String objectKey, double ticketMs, double putMs, double totalMs, JsonNode file) {
    }

    Upload uploadPresigned(String name, Path file) throws InterruptedException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t0 = System.nanoTime();
        Api.Response ticket = api.postJson("/api/v2/files/upload",
                Map.of("name", name, "mode", "presigned", "size_bytes", size)).expect(201);
        double ticketMs = Stats.millisSince(t0);
        String url = ticket.data().path("upload_url").asText();
        Map<String, String> headers = new LinkedHashMap<>();
        ticket.data().path("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asText()));
        long t1 = System.nanoTime();
        int put = api.putFile(url, headers, file);
        if (put != 200) {
            throw new IllegalStateException("the presigned PUT answered " + put);
        }
        double putMs = Stats.millisSince(t1);
        String fileId = ticket.data().path("file").path("file_id").asText();
        JsonNode record = awaitReady(fileId);
        return new Upload(fileId, objectKey(url), ticketMs, putMs, Stats.millisSince(t0), record);
    }

    /** A small inline upload, ingested before this returns. */
    String uploadInline(String name, String content) throws InterruptedException {
        Api.Response r = api.postJson("/api/v2/files/upload", Map.of("name", name, "content", content)).expect(201);
        String fileId = r.data().path("file_id").asText();
        awaitReady(fileId);
        return fileId;
    }

    /**
     * The PUT returns only after the object-created event was queued, so waiting for the dispatcher to go idle
     * and then asking the API once is exact, without polling load on the machine while the ingest runs.
     */
    JsonNode awaitReady(String fileId) throws InterruptedException {
        if (!stack.awaitEventsHandled(600_000)) {
            throw new IllegalStateException("the ingest of " + fileId + " did not finish in 10 minutes");
        }
        JsonNode file = api.get("/api/v2/files/" + fileId).expect(200).data();
        if (!file.path("status").asText().equals("ready")) {
            throw new IllegalStateException("file " + fileId + " is not ready: " + file);
        }
        return file;
    }

    /** {@code http://host/bucket/tenants/...?X-Amz-...} → {@code tenants/...} (path-style presigned URL). */
    static String objectKey(String presignedUrl) {
        String path = URI.create(presignedUrl).getPath();
        int slash = path.indexOf('/', 1);
        return path.substring(slash + 1);
    }

    @Override
    public void close() {
        stack.close();
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not clean " + dir + ": " + e.getMessage());
        }
    }
}
