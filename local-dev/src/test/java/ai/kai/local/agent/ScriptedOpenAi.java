package ai.kai.local.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server speaking OpenAI's chat-completions wire format ({@code POST /v1/chat/completions}): it replays
 * scripted assistant turns (tool calls or a final text) with {@code finish_reason} and {@code usage}, as one JSON
 * response or, when the request says {@code "stream": true}, as SSE chunks ending in {@code data: [DONE]}. It keeps
 * every request body so tests can check what the model was shown. With no turn left it answers a final text.
 */
public final class ScriptedOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final Deque<ObjectNode> turns = new ConcurrentLinkedDeque<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    public ScriptedOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    private static final List<String> SETTINGS = List.of("kai.llm.provider", "kai.llm.base.url", "kai.llm.model",
            "kai.llm.api.key", "kai.llm.streaming");

    /** Points the functions of this JVM (KAI_LLM_* as JVM properties) at this server, before the stack starts. */
    public void configureFunctions(String apiKey) {
        configureFunctions(apiKey, false);
    }

    /** As {@link #configureFunctions(String)}, with {@code KAI_LLM_STREAMING}: the client then asks for SSE chunks. */
    public void configureFunctions(String apiKey, boolean streaming) {
        System.setProperty("kai.llm.streaming", Boolean.toString(streaming));
        System.setProperty("kai.llm.provider", "openai");
        System.setProperty("kai.llm.base.url", baseUrl());
        System.setProperty("kai.llm.model", "scripted");
        System.setProperty("kai.llm.api.key", apiKey);
    }

    public static void clearFunctionSettings() {
        SETTINGS.forEach(System::clearProperty);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The next turn calls these tools: pairs of name and arguments (JSON text). */
    public ScriptedOpenAi toolCalls(String... nameAndArguments) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant");
        message.putNull("content");
        ArrayNode calls = message.putArray("tool_calls");
        for (int i = 0; i < nameAndArguments.length; i += 2) {
            ObjectNode call = calls.addObject().put("id", "call_" + ids.incrementAndGet()).put("type", "function");
            call.putObject("function").put("name", nameAndArguments[i]).put("arguments", nameAndArguments[i + 1]);
        }
        turns.add(JSON.createObjectNode().put("finish_reason", "tool_calls").set("message", message));
        return this;
    }

    public ScriptedOpenAi sql(String sql) {
        ObjectNode args = JSON.createObjectNode().put("sql", sql);
        return toolCalls("run_sql", args.toString());
    }

    /** The next turn is the final answer. */
    public ScriptedOpenAi answer(String text) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", text);
        turns.add(JSON.createObjectNode().put("finish_reason", "stop").set("message", message));
        return this;
    }

    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    /** The tool results the model was shown in the n-th request (0-based), in order. */
    public List<String> toolResults(int request) {
        List<String> out = new ArrayList<>();
        requests.get(request).path("messages").forEach(m -> {
            if ("tool".equals(m.path("role").asText())) {
                out.add(m.path("content").asText());
            }
        });
        return out;
    }

    public int remainingTurns() {
        return turns.size();
    }

    public void reset() {
        turns.clear();
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            requests.add(request);
            ObjectNode turn = turns.poll();
            if (turn == null) {
                turn = JSON.createObjectNode().put("finish_reason", "stop");
                turn.putObject("message").put("role", "assistant").put("content", "No more scripted turns.");
            }
            if (request.path("stream").asBoolean(false)) {
                stream(exchange, turn);
            } else {
                byte[] body = JSON.writeValueAsBytes(completion(turn));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        }
    }

    private ObjectNode completion(ObjectNode turn) {
        ObjectNode out = JSON.createObjectNode().put("id", "chatcmpl-" + ids.incrementAndGet())
                .put("object", "chat.completion").put("created", 1_700_000_000L).put("model", "scripted");
        out.putArray("choices").addObject().put("index", 0).put("finish_reason", turn.get("finish_reason").asText())
                .set("message", turn.get("message"));
        out.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return out;
    }

    /** The same turn as OpenAI streams it: role, content pieces or tool-call deltas, finish, usage, [DONE]. */
    private void stream(HttpExchange exchange, ObjectNode turn) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        List<ObjectNode> deltas = new ArrayList<>();
        deltas.add(JSON.createObjectNode().put("role", "assistant"));
        JsonNode message = turn.get("message");
        if (message.hasNonNull("content")) {
            String text = message.get("content").asText();
            for (int i = 0; i < text.length(); i += 16) {
                deltas.add(JSON.createObjectNode().put("content", text.substring(i, Math.min(text.length(), i + 16))));
            }
        }
        int index = 0;
        for (JsonNode call : message.path("tool_calls")) {
            ObjectNode first = JSON.createObjectNode();
            ObjectNode c = first.putArray("tool_calls").addObject().put("index", index).put("id", call.get("id").asText())
                    .put("type", "function");
            c.putObject("function").put("name", call.path("function").path("name").asText()).put("arguments", "");
            deltas.add(first);
            String args = call.path("function").path("arguments").asText();
            for (int i = 0; i < args.length(); i += 20) {
                ObjectNode piece = JSON.createObjectNode();
                piece.putArray("tool_calls").addObject().put("index", index).putObject("function")
                        .put("arguments", args.substring(i, Math.min(args.length(), i + 20)));
                deltas.add(piece);
            }
            index++;
        }
        String id = "chatcmpl-" + ids.incrementAndGet();
        for (ObjectNode delta : deltas) {
            send(out, chunk(id, delta, null));
        }
        send(out, chunk(id, JSON.createObjectNode(), turn.get("finish_reason").asText()));
        ObjectNode usage = JSON.createObjectNode().put("id", id).put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", "scripted");
        usage.putArray("choices");
        usage.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        send(out, usage);
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static ObjectNode chunk(String id, ObjectNode delta, String finish) {
        ObjectNode c = JSON.createObjectNode().put("id", id).put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", "scripted");
        ObjectNode choice = c.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return c;
    }

    private static void send(OutputStream out, JsonNode chunk) throws IOException {
        out.write(("data: " + JSON.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
