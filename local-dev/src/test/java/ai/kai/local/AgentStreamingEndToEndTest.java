package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.json.Json;
import ai.kai.local.agent.ScriptedOpenAi;

/**
 * Streaming on both ends: with {@code KAI_LLM_STREAMING=true} the real langchain4j client reads the scripted
 * server's chat-completion chunks (text and tool-call deltas over SSE), and the local gateway streams a background
 * run's steps to the caller as Server-Sent Events at {@code GET /api/v2/analysis/{task_id}/stream}.
 */
class AgentStreamingEndToEndTest {
    @TempDir
    static Path dataDir;
    static ScriptedOpenAi model;
    static LocalStack stack;
    static ApiClient api;
    static String fileId;

    @BeforeAll
    static void start() throws Exception {
        model = new ScriptedOpenAi();
        model.configureFunctions("sk-test-secret-never-shown", true);
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("streamer"));
        fileId = AgentEndToEndTest.upload(api, "sales.csv", "region,revenue\nNorth,10.5\nSouth,20.25\nNorth,4\n");
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
    }

    @AfterAll
    static void stop() {
        stack.close();
        model.close();
        ScriptedOpenAi.clearFunctionSettings();
    }

    @BeforeEach
    void resetModel() {
        model.reset();
    }

    record Event(String name, JsonNode data) {
    }

    static HttpResponse<java.util.stream.Stream<String>> open(String taskId, String tenant) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(stack.endpoint().resolve("/api/v2/analysis/" + taskId + "/stream"))
                .header("Authorization", "Bearer " + stack.tokenFor(tenant)).timeout(Duration.ofSeconds(60)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    }

    static List<Event> events(HttpResponse<java.util.stream.Stream<String>> response) {
        List<Event> events = new ArrayList<>();
        String[] name = {null};
        response.body().forEach(line -> {
            if (line.startsWith("event: ")) {
                name[0] = line.substring(7);
            } else if (line.startsWith("data: ")) {
                try {
                    events.add(new Event(name[0], Json.mapper().readTree(line.substring(6))));
                } catch (Exception e) {
                    throw new AssertionError("not JSON: " + line, e);
                }
            }
        });
        return events;
    }

    @Test
    void shouldAnswerThroughAStreamingModelAndStreamTheStepsAsServerSentEvents() throws Exception {
        String sql = "SELECT region, SUM(revenue) AS revenue FROM data GROUP BY region ORDER BY region";
        model.sql(sql).answer("North has 14.5 and South 20.25 in revenue, so South leads by a small margin overall.");
        ApiClient.Response created = api.postJson("/api/v2/agent/runs", Map.of("question", "Revenue per region?",
                "file_id", fileId));
        assertThat(created.status()).as(created.raw()).isEqualTo(202);
        String taskId = created.data().path("task_id").asText();

        HttpResponse<java.util.stream.Stream<String>> response = open(taskId, "streamer");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<Event> events = events(response);
        Event done = events.get(events.size() - 1);
        assertThat(done.name()).isEqualTo("done");
        assertThat(events.subList(0, events.size() - 1)).allSatisfy(e -> assertThat(e.name()).isEqualTo("step"));
        assertThat(events.stream().filter(e -> e.name().equals("step")).map(e -> e.data().path("kind").asText()))
                .containsExactly("SQL", "RESULT", "ANSWER");
        assertThat(done.data().path("status").asText()).isEqualTo("succeeded");
        JsonNode answer = done.data().path("answer");
        assertThat(answer.path("result").path("rows").toString()).isEqualTo("[[\"North\",14.5],[\"South\",20.25]]");
        assertThat(answer.path("explanation").asText()).isEqualTo(
                "North has 14.5 and South 20.25 in revenue, so South leads by a small margin overall.");
        assertThat(model.requests()).hasSize(2).allSatisfy(r -> assertThat(r.path("stream").asBoolean()).isTrue());
        assertThat(model.toolResults(1)).singleElement().asString().contains("North", "14.5");
    }

    @Test
    void shouldAnswerAnotherTenantsStreamAsTheTaskRouteDoesWithoutAStream() throws Exception {
        model.sql("SELECT COUNT(*) AS n FROM data").answer("3 rows.");
        String taskId = api.postJson("/api/v2/agent/runs", Map.of("question", "How many?", "file_id", fileId))
                .data().path("task_id").asText();

        HttpResponse<java.util.stream.Stream<String>> rival = open(taskId, "rival");

        assertThat(rival.statusCode()).isEqualTo(404);
        assertThat(String.join("", rival.body().toList())).contains("AGENT_TASK_NOT_FOUND");
        assertThat(AgentEndToEndTest.poll(api, taskId).path("status").asText()).isEqualTo("succeeded");
    }
}
