package ai.kai.functions.notebooks;

import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.json.Json;
import ai.kai.notebook.NotebookRun;
import ai.kai.notebook.NotebookRunner;
import ai.kai.query.QueryEngine;
import ai.kai.schedule.ScheduledRunEvent;

/**
 * The notebook-run function: invoked asynchronously by the run endpoint (Lambda {@code Invoke}, event type) and by
 * EventBridge Scheduler with a {@link ScheduledRunEvent}; runs the cells and hands the run to a new invocation when
 * this one's time runs short. Answers the run's status (nobody waits for it; useful in logs and tests).
 */
public final class NotebookRunnerHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final NotebookRunner runner;

    public NotebookRunnerHandler() {
        this(NotebookServices.get().runner());
        Priming.register(this, Map.of(), QueryEngine::warmUp);
    }

    public NotebookRunnerHandler(NotebookRunner runner) {
        this.runner = runner;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        if (input == null || input.get("notebook_id") == null || input.get("tenant") == null) {
            return Map.of("status", "ignored", "reason", "the event names no tenant and notebook_id");
        }
        ScheduledRunEvent event = Json.mapper().convertValue(input, ScheduledRunEvent.class);
        NotebookRun run = runner.execute(event, () -> context == null ? Long.MAX_VALUE : context.getRemainingTimeInMillis());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run_id", run.runId());
        out.put("status", run.status().wire());
        return out;
    }
}
