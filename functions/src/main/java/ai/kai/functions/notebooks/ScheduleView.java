package ai.kai.functions.notebooks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ai.kai.schedule.ScheduleInfo;

/** A notebook's schedule as JSON: the times as ISO text (the shared mapper has no java.time module). */
record ScheduleView(String notebookId, String expression, String eventBridgeExpression, String timeZone,
                    Map<String, String> parameters, List<String> nextRuns, String createdAt) {

    static ScheduleView of(ScheduleInfo info) {
        return new ScheduleView(info.notebookId(), info.expression(), info.eventBridgeExpression(), info.timeZone(),
                info.parameters(), info.nextRuns().stream().map(Instant::toString).toList(),
                info.createdAt() == null ? null : info.createdAt().toString());
    }
}
