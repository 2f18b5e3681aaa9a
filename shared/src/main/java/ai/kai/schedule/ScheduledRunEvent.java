package ai.kai.schedule;

import java.util.Map;

/**
 * The JSON a schedule hands the notebook-run function (the schedule target's input). In JSON, snake_case:
 * <pre>{"trigger": "schedule", "tenant": "t1", "notebook_id": "nb_…", "parameters": {…},
 *  "scheduled_time": "2026-12-01T07:00:00Z"}</pre>
 * EventBridge Scheduler fills {@code scheduled_time} from its {@code <aws.scheduler.scheduled-time>} context
 * attribute; the local scheduler does the same. A manual run uses the same shape with {@code trigger = "manual"}
 * and a {@code run_id} created by the API.
 */
public record ScheduledRunEvent(String trigger, String tenant, String notebookId, String runId,
                                Map<String, String> parameters, String scheduledTime) {
    public static final String SCHEDULE = "schedule";
    public static final String MANUAL = "manual";
    /** The context attribute EventBridge Scheduler replaces with the scheduled time of the invocation. */
    public static final String SCHEDULED_TIME_PLACEHOLDER = "<aws.scheduler.scheduled-time>";

    public ScheduledRunEvent {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
