package ai.kai.connect;

/** A passed health check: how long connecting and the check took, and what the server says it is. */
public record ConnectionTestResult(boolean ok, long latencyMs, String serverVersion) {
}
