package ai.kai.agent;

import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorInfo;

/**
 * A background run as stored and polled: its status ({@code queued → running → succeeded | stopped | failed}), the
 * question and data source, the steps so far, and the answer or error once done.
 */
public record AgentTask(String taskId, String status, String question, String fileId, String connection, String sessionId,
                        boolean wantsChart, String chartType, List<AgentStep> steps, AgentAnswer answer,
                        ErrorInfo error, String createdAt, String updatedAt) {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String STOPPED = "stopped";
    public static final String FAILED = "failed";

    public AgentTask {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public boolean finished() {
        return SUCCEEDED.equals(status) || STOPPED.equals(status) || FAILED.equals(status);
    }

    AgentTask running(String now) {
        return new AgentTask(taskId, RUNNING, question, fileId, connection, sessionId, wantsChart, chartType, steps, null, null,
                createdAt, now);
    }

    AgentTask withStep(AgentStep step, String now) {
        List<AgentStep> more = new ArrayList<>(steps);
        more.add(step);
        return new AgentTask(taskId, status, question, fileId, connection, sessionId, wantsChart, chartType, more, answer, error,
                createdAt, now);
    }

    AgentTask done(AgentAnswer a, String now) {
        return new AgentTask(taskId, a.stopReason() == StopReason.ANSWERED ? SUCCEEDED : STOPPED, question, fileId,
                connection, sessionId, wantsChart, chartType, a.steps(), a, null, createdAt, now);
    }

    AgentTask failed(ErrorInfo e, String now) {
        return new AgentTask(taskId, FAILED, question, fileId, connection, sessionId, wantsChart, chartType, steps, null, e,
                createdAt, now);
    }

    AgentSource source() {
        return new AgentSource(fileId, connection);
    }

    AnalysisRequest request() {
        return new AnalysisRequest(question, wantsChart, java.util.Optional.ofNullable(chartType),
                java.util.Optional.ofNullable(sessionId));
    }
}
