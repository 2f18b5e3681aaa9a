package ai.kai.schedule;

import java.util.Map;

/**
 * What a user asks for: a Unix 5-field cron ({@code 0 8 1 * *}) or an EventBridge expression
 * ({@code cron(0 8 1 * ? *)}, {@code rate(1 day)}), an IANA time zone, and the parameters fixed for every run.
 */
public record ScheduleRequest(String notebookId, String expression, String timeZone, Map<String, String> parameters) {
    public ScheduleRequest {
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
