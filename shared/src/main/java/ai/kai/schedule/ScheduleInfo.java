package ai.kai.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored schedule: the expression as the user wrote it, its EventBridge form, the time zone, the fixed
 * parameters, and the next few fire times (computed in the time zone).
 */
public record ScheduleInfo(String notebookId, String expression, String eventBridgeExpression, String timeZone,
                           Map<String, String> parameters, List<Instant> nextRuns, Instant createdAt) {
    public ScheduleInfo {
        parameters = Map.copyOf(parameters);
        nextRuns = List.copyOf(nextRuns);
    }
}
