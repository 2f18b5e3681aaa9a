package ai.kai.connect;

/** What a streamed statement delivered: rows and batches, time taken, and whether the row limit stopped it. */
public record StreamSummary(long rowCount, long batches, long executionTimeMs, boolean truncated) {
}
