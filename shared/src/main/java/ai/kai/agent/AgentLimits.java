package ai.kai.agent;

import java.time.Duration;

/**
 * The bounds of one run: model turns, tokens (prompt + completion, as the provider reports them), wall time,
 * failed SQL statements fed back for repair, and how much of a result the model sees (rows, bytes).
 */
public record AgentLimits(int maxSteps, long maxTokens, Duration maxWallTime, int maxSqlRepairs, int rowsToModel,
                          int bytesToModel) {
    /** For runs answered within one API Gateway request (under its 30 s). */
    public static final AgentLimits SYNCHRONOUS = new AgentLimits(8, 60_000, Duration.ofSeconds(24), 3, 30, 8_000);
    /** For background runs (the worker function's 15 minutes). */
    public static final AgentLimits BACKGROUND = new AgentLimits(16, 200_000, Duration.ofMinutes(10), 3, 50, 12_000);

    public AgentLimits {
        if (maxSteps < 1 || maxTokens < 1 || maxWallTime.isNegative() || maxSqlRepairs < 0 || rowsToModel < 1 || bytesToModel < 256) {
            throw new IllegalArgumentException("agent limits must be positive");
        }
    }

    public AgentLimits withMaxSteps(int steps) {
        return new AgentLimits(steps, maxTokens, maxWallTime, maxSqlRepairs, rowsToModel, bytesToModel);
    }
}
