package ai.kai.visualization;

/**
 * An export stored beside its figure: where to download it (a presigned GET, valid until {@code expiresAt}), what it
 * is, and — for the light CDN page only, which is a few kilobytes — the page itself in {@code content}.
 */
public record ExportResult(
        String vizId,
        OutputFormat format,
        String contentType,
        long sizeBytes,
        String url,
        String expiresAt,
        String content) {
}
