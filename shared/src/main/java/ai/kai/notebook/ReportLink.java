package ai.kai.notebook;

/** A rendered report stored beside its run, downloadable by a presigned GET until {@code expiresAt}. */
public record ReportLink(String runId, String format, String contentType, long sizeBytes, String url, String expiresAt) {
}
