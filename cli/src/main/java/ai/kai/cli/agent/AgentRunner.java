package ai.kai.cli.agent;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;

/** Starts a background run and polls its task, handing each new step to the printer as it appears. */
final class AgentRunner {
    static final Duration POLL = Duration.ofMillis(400);
    private final ApiClient api;
    private final AnswerPrinter printer;

    AgentRunner(ApiClient api, AnswerPrinter printer) {
        this.api = api;
        this.printer = printer;
    }

    /** The finished task's last response (its data is the task: status, steps, answer or error). */
    /** {@code sourceField}: {@code file_id} or {@code connection}. */
    ApiResponse run(String question, String sourceField, String source, String sessionId, String chartType, Duration timeout) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("question", question);
        body.put(sourceField, source);
        if (sessionId != null) {
            body.put("session_id", sessionId);
        }
        if (chartType != null) {
            body.put("chart_type", chartType);
        }
        ApiResponse created = api.post("/agent/runs", body);
        if (!created.success()) {
            throw created.failure();
        }
        String taskId = created.data().path("task_id").asText();
        long deadline = System.nanoTime() + timeout.toNanos();
        int shown = 0;
        while (true) {
            ApiResponse polled = api.get("/analysis/" + ApiClient.segment(taskId));
            if (!polled.success()) {
                throw polled.failure();
            }
            JsonNode steps = polled.data().path("steps");
            for (; shown < steps.size(); shown++) {
                printer.step(steps.get(shown));
            }
            if (polled.metadata().path("finished").asBoolean()) {
                return polled;
            }
            if (System.nanoTime() > deadline) {
                throw new CliException(ExitCodes.WAIT_TIMEOUT, "task " + taskId + " is still running after "
                        + timeout.toSeconds() + " s; poll it with GET /api/v2/analysis/" + taskId);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliException(ExitCodes.FAILURE, "interrupted");
            }
        }
    }

    /** Exit code of a finished task: its answer's, or a failure with the stored error. */
    static void requireNotFailed(JsonNode task) {
        if ("failed".equals(task.path("status").asText())) {
            JsonNode error = task.path("error");
            throw new CliException(ExitCodes.FAILURE, "the analysis failed: " + error.path("code").asText() + ": "
                    + error.path("message").asText());
        }
    }
}
