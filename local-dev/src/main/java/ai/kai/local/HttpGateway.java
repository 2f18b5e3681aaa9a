package ai.kai.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import ai.kai.json.Json;

/**
 * The local API Gateway: an HTTP server on 127.0.0.1 that authorizes bearer JWTs like the HTTP API's JWT
 * authorizer, turns each request into a payload-2.0 event, invokes the catalog's handler for the route and
 * writes its response back, with API Gateway's own answers for unknown routes (404), bad tokens (401), bodies
 * over 10 MB (413) and integrations that time out (503). Local only: {@code GET /api/v2/analysis/{task_id}/stream}
 * as Server-Sent Events ({@link AnalysisStream}).
 */
final class HttpGateway implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HttpGateway.class.getName());
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService invocations = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kai-lambda");
        t.setDaemon(true);
        return t;
    });
    private final RouteTable routes;
    private final LocalTokens tokens;

    HttpGateway(int port, RouteTable routes, LocalTokens tokens) throws IOException {
        this.routes = routes;
        this.tokens = tokens;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "kai-gateway");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/_local/dev-token") && exchange.getRequestMethod().equals("GET")) {
                send(exchange, 200, "text/plain; charset=utf-8", tokens.mint("dev").getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<String> streamed = AnalysisStream.taskPath(exchange.getRequestMethod(), path);
            Optional<RouteTable.Match> match = routes.match(exchange.getRequestMethod(), streamed.orElse(path));
            if (match.isEmpty()) {
                sendMessage(exchange, 404, "Not Found");
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                sendMessage(exchange, 413, "Request Entity Too Large");
                return;
            }
            Map<String, String> claims = null;
            if (match.get().route().authenticated()) {
                Optional<Map<String, String>> verified = bearer(exchange).flatMap(tokens::verify);
                if (verified.isEmpty()) {
                    sendMessage(exchange, 401, "Unauthorized");
                    return;
                }
                claims = verified.get();
            }
            String event = GatewayEvents.payload(exchange, match.get(), body, claims);
            if (streamed.isPresent()) {
                String refused = AnalysisStream.serve(exchange, () -> invoke(match.get().function(), event));
                if (refused != null) {
                    respond(exchange, refused);
                }
                return;
            }
            respond(exchange, invoke(match.get().function(), event));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "gateway failure", e);
            sendMessage(exchange, 500, "Internal Server Error");
        }
    }

    private String invoke(FunctionInvoker function, String event) {
        Future<String> result = invocations.submit(() -> function.invoke(event, new LocalContext(function.spec())));
        try {
            return result.get(function.spec().timeoutSeconds() + 1L, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            return null;
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, function.spec().name() + " threw", e.getCause());
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Maps a payload-2.0 response ({statusCode, headers, body, isBase64Encoded}) back onto HTTP. */
    private static void respond(HttpExchange exchange, String responseJson) throws IOException {
        if (responseJson == null) {
            sendMessage(exchange, 503, "Service Unavailable");
            return;
        }
        if (responseJson.isEmpty()) {
            sendMessage(exchange, 500, "Internal Server Error");
            return;
        }
        JsonNode response = Json.mapper().readTree(responseJson);
        int status = response.path("statusCode").asInt(200);
        response.path("headers").properties().forEach(h -> exchange.getResponseHeaders().set(h.getKey(), h.getValue().asText()));
        String body = response.path("body").isNull() ? "" : response.path("body").asText("");
        byte[] bytes = response.path("isBase64Encoded").asBoolean(false)
                ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Optional<String> bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void sendMessage(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "application/json", Json.write(Map.of("message", message)).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("content-type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        invocations.shutdownNow();
    }
}
