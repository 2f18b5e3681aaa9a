package ai.kai.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

import ai.kai.json.Json;

/**
 * {@code GET /api/v2/analysis/{task_id}/stream}, on the local gateway only: a background run's steps as
 * Server-Sent Events ({@code event: step} per new step, then {@code event: done} with the whole task), made by
 * invoking the same {@code GET /api/v2/analysis/{task_id}} function the poller uses, with the caller's token, so
 * tenancy and errors are that route's (a non-200 first answer is returned as is, not as a stream). API Gateway HTTP
 * APIs buffer responses, so in AWS clients poll the same route instead.
 */
final class AnalysisStream {
    private static final Pattern PATH = Pattern.compile("(/api/v2/analysis/[^/]+)/stream");
    static final Duration INTERVAL = Duration.ofMillis(200);
    static final Duration MAX = Duration.ofMinutes(15);

    private AnalysisStream() {
    }

    /** The task route's path when {@code method} and {@code rawPath} ask for its stream. */
    static Optional<String> taskPath(String method, String rawPath) {
        Matcher m = PATH.matcher(rawPath);
        return method.equals("GET") && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Streams until the task finishes, the client leaves or {@link #MAX} passes. Returns the first payload-2.0
     * response when it is not a 200 (the caller answers it as usual), else null.
     */
    static String serve(HttpExchange exchange, Supplier<String> poll) throws IOException {
        String response = poll.get();
        if (status(response) != 200) {
            return response;
        }
        exchange.getResponseHeaders().set("content-type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("cache-control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long deadline = System.nanoTime() + MAX.toNanos();
        int sent = 0;
        while (true) {
            if (status(response) != 200) {
                event(out, "error", Json.mapper().readTree(response == null || response.isEmpty() ? "{}" : response).path("body").asText("{}"));
                return null;
            }
            JsonNode body = Json.mapper().readTree(Json.mapper().readTree(response).path("body").asText());
            JsonNode steps = body.path("data").path("steps");
            for (; sent < steps.size(); sent++) {
                event(out, "step", steps.get(sent).toString());
            }
            if (body.path("metadata").path("finished").asBoolean()) {
                event(out, "done", body.path("data").toString());
                return null;
            }
            if (System.nanoTime() > deadline) {
                event(out, "timeout", "{\"message\":\"the task is still running; poll GET /api/v2/analysis/{task_id}\"}");
                return null;
            }
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            response = poll.get();
        }
    }

    private static int status(String response) throws IOException {
        return response == null || response.isEmpty() ? 0 : Json.mapper().readTree(response).path("statusCode").asInt(200);
    }

    private static void event(OutputStream out, String name, String data) throws IOException {
        out.write(("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
