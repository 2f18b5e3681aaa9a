package ai.kai.cli.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;

/**
 * The KAI HTTP API over {@code java.net.http}: one method per route, each answering the {@link ApiResponse}
 * (HTTP errors included, so {@code --json} can print them as received). Transport failures become a
 * {@link CliException} with {@link ExitCodes#CANNOT_CONNECT}.
 */
public final class ApiClient {
    public static final String API = "/api/v2";
    /** Requests larger than this are refused by the API as inline uploads; they go through a presigned PUT. */
    public static final long MAX_INLINE_BYTES = 4L * 1024 * 1024;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final Set<String> RESTRICTED_HEADERS = Set.of("host", "content-length", "connection", "expect", "upgrade");
    private static final Pattern S3_CODE = Pattern.compile("<Code>([^<]*)</Code>");
    private static final Pattern S3_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

    private final URI endpoint;
    private final String token;
    private final HttpClient http;

    public ApiClient(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .version("http".equalsIgnoreCase(endpoint.getScheme()) ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public URI endpoint() {
        return endpoint;
    }

    public ApiClient withToken(String newToken) {
        return new ApiClient(endpoint, newToken);
    }

    public boolean hasToken() {
        return token != null;
    }

    public ApiResponse health() {
        return send("GET", "/health", null);
    }

    /** {@code options}: how to read the file ({@code sheet}, {@code delimiter}, {@code header}, {@code decimal_separator}). */
    public ApiResponse uploadInline(String name, byte[] content, Map<String, Object> options) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("content_base64", Base64.getEncoder().encodeToString(content));
        body.putAll(options);
        return send("POST", "/files/upload", body);
    }

    public ApiResponse requestPresignedUpload(String name, long sizeBytes, Map<String, Object> options) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("mode", "presigned");
        body.put("size_bytes", sizeBytes);
        body.putAll(options);
        return send("POST", "/files/upload", body);
    }

    public ApiResponse listFiles(int pageSize, String cursor) {
        String query = "?page_size=" + pageSize + (cursor == null ? "" : "&cursor=" + encode(cursor));
        return send("GET", "/files" + query, null);
    }

    public ApiResponse getFile(String fileId) {
        return send("GET", "/files/" + encode(fileId), null);
    }

    public ApiResponse deleteFile(String fileId) {
        return send("DELETE", "/files/" + encode(fileId), null);
    }

    public ApiResponse query(String fileId, String sql, int limit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sql", sql);
        body.put("limit", limit);
        return send("POST", "/files/" + encode(fileId) + "/query", body);
    }

    /**
     * Sends a file's bytes to a presigned URL, streamed from disk, reporting bytes sent as they go. Storage answers
     * in its own (XML) format, so failures are reported here rather than through {@link ApiResponse}.
     */
    public void putObject(URI url, String method, Map<String, String> headers, Path file, LongConsumer progress) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw CliException.local("cannot read " + file + ": " + e.getMessage(), e);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> openCounting(file, progress)), size);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).method(method, body);
        headers.forEach((name, value) -> {
            if (!RESTRICTED_HEADERS.contains(name.toLowerCase())) {
                request.header(name, value);
            }
        });
        HttpResponse<String> response = exchange(request.build(), "upload to storage");
        if (response.statusCode() / 100 != 2) {
            String xml = response.body() == null ? "" : response.body();
            String reason = find(S3_CODE, xml).map(code -> code + find(S3_MESSAGE, xml).map(m -> ": " + m).orElse(""))
                    .orElse("HTTP " + response.statusCode());
            throw new CliException(ExitCodes.forHttpStatus(response.statusCode()), "the upload to storage failed: " + reason);
        }
    }

    /** Downloads a presigned URL (a rendered report) into {@code target}; storage failures name the HTTP status. */
    public void download(URI url, Path target) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT).GET().build();
        HttpResponse<Path> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofFile(target));
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot download to " + target + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.FAILURE, "the download was interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the failure below is what matters
            }
            throw new CliException(ExitCodes.forHttpStatus(response.statusCode()), "the download from storage failed: HTTP "
                    + response.statusCode());
        }
    }

    /**
     * The local stack's development token ({@code GET /_local/dev-token}, loopback only), or empty when the endpoint
     * is not a local stack.
     */
    public Optional<String> fetchDevToken() {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/_local/dev-token")).timeout(Duration.ofSeconds(10))
                .GET().build();
        HttpResponse<String> response = exchange(request, "GET /_local/dev-token");
        if (response.statusCode() != 200 || response.body() == null || response.body().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(response.body().strip());
    }

    /** A JSON request to any route under /api/v2 (e.g. {@code POST /files/{id}/clean}). */
    public ApiResponse post(String route, Object jsonBody) {
        return send("POST", route, jsonBody);
    }

    public ApiResponse put(String route, Object jsonBody) {
        return send("PUT", route, jsonBody);
    }

    public ApiResponse delete(String route) {
        return send("DELETE", route, null);
    }

    public ApiResponse get(String route) {
        return send("GET", route, null);
    }

    /** A route answering a raw body (an HTML report): its text, or the failure as an exception. */
    public String getText(String route) {
        ApiResponse r = send("GET", route, null);
        if (r.status() != 200) {
            throw r.failure();
        }
        return r.body();
    }

    public static String segment(String value) {
        return encode(value);
    }

    /** Any method; {@code jsonBody} null sends no body. */
    public ApiResponse send(String method, String route, Object jsonBody) {
        return sendText(method, route, "application/json", jsonBody == null ? null : CliJson.write(jsonBody));
    }

    /** A request whose body is text of the given type (a notebook in YAML), or none when {@code body} is null. */
    public ApiResponse sendText(String method, String route, String contentType, String body) {
        String path = API + route;
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        String display = method + " " + (path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        HttpResponse<String> response = exchange(request.build(), display);
        return new ApiResponse(method, path, response.statusCode(), response.body(), parseWrapper(response.body()));
    }

    private HttpResponse<String> exchange(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw cannotConnect("the connection timed out", e);
        } catch (HttpTimeoutException e) {
            throw new CliException(ExitCodes.SERVER_ERROR, what + ": no answer from " + endpoint + " within "
                    + REQUEST_TIMEOUT.toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw cannotConnect(e.getCause() instanceof UnresolvedAddressException ? "unknown host" : "connection refused", e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnresolvedAddressException || e instanceof java.net.UnknownHostException) {
                throw cannotConnect("unknown host", e);
            }
            if (e.getCause() instanceof CliException cli) {
                throw cli;
            }
            throw cannotConnect(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("invalid endpoint " + endpoint + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.FAILURE, what + " was interrupted", e);
        }
    }

    private CliException cannotConnect(String reason, Exception cause) {
        String hint = Endpoints.isLoopback(endpoint)
                ? " (is the local stack running? start it with: ./kai local up)"
                : " (check --endpoint or KAI_ENDPOINT)";
        return new CliException(ExitCodes.CANNOT_CONNECT, "cannot connect to " + endpoint + ": " + reason + hint, cause);
    }

    private static JsonNode parseWrapper(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = CliJson.readTree(body);
            return node != null && node.isObject() && node.has("success") ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static InputStream openCounting(Path file, LongConsumer progress) {
        try {
            return new CountingInputStream(Files.newInputStream(file), progress);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
