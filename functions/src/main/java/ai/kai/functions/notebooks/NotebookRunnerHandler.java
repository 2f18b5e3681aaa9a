package ai.kai.functions.notebooks;

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
 * this one's time runs short. Answers the run id and status (nobody waits for it; useful in logs).
 */
public final class NotebookRunnerHandler implements RequestHandler<RunnerEvent, String> {
    private final NotebookRunner runner;

    public NotebookRunnerHandler() {
        this(NotebookServices.get().runner());
        Priming.register(this, new RunnerEvent(), QueryEngine::warmUp);
    }

    public NotebookRunnerHandler(NotebookRunner runner) {
        this.runner = runner;
    }

    @Override
    public String handleRequest(RunnerEvent input, Context context) {
        if (input == null || input.get("notebook_id") == null || input.get("tenant") == null) {
            return "ignored: the event names no tenant and notebook_id";
        }
        ScheduledRunEvent event = Json.mapper().convertValue(input, ScheduledRunEvent.class);
        NotebookRun run = runner.execute(event, () -> context == null ? Long.MAX_VALUE : context.getRemainingTimeInMillis());
        return run.runId() + " " + run.status().wire();
    }
}
