package ai.kai.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * A schedule as kept in the metadata table ({@code SK = SCHEDULE#<notebook id>}), the source of truth for what a
 * tenant has scheduled: the expression as written, its EventBridge form, the zone, the fixed parameters, when it
 * was created, a rate's start, and the EventBridge schedule's name. Times are ISO-8601 text.
 */
record StoredSchedule(String notebookId, String expression, String eventBridgeExpression, String timeZone,
                      Map<String, String> parameters, String createdAt, String start, String scheduleName) {
    static final String PREFIX = "SCHEDULE#";

    static String sortKey(String notebookId) {
        return PREFIX + notebookId;
    }

    ScheduleInfo toInfo(Instant now, int nextRuns) {
        ScheduleExpression parsed = ScheduleExpression.parse(eventBridgeExpression);
        return new ScheduleInfo(notebookId, expression, eventBridgeExpression, timeZone, parameters,
                parsed.next(nextRuns, now, ZoneId.of(timeZone), Instant.parse(start)), Instant.parse(createdAt));
    }
}
