package ai.kai.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.json.Json;

/** A plain HTTP client for the tests: what any user of the API would do with curl. */
final class ApiClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String token;

    ApiClient(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    ApiClient as(String otherToken) {
        return new ApiClient(endpoint, otherToken);
    }

    record Response(int status, JsonNode body, String raw) {
        JsonNode data() {
            return body.path("data");
        }

        String errorCode() {
            return body.path("error").path("code").asText(null);
        }
    }

    Response get(String path) {
        return send(builder(path).GET());
    }

    Response delete(String path) {
        return send(builder(path).DELETE());
    }

    Response postJson(String path, Object body) {
        String json = body instanceof String s ? s : Json.write(body);
        return send(builder(path).header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response postBytes(String path, String contentType, byte[] body) {
        return send(builder(path).header("content-type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Response put(String path, String contentType, String body) {
        return send(builder(path).header("content-type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A response read as text (YAML, Markdown): status and body. */
    Map.Entry<Integer, String> getText(String path) {
        try {
            HttpResponse<String> r = http.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            return Map.entry(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int putPresigned(String url, Map<String, String> headers, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isEmpty() ? Json.mapper().nullNode() : Json.mapper().readTree(r.body());
            return new Response(r.statusCode(), body, r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
