package ai.kai.files;

/** Marks which object version an ingest invocation is converting, and since when (at-least-once delivery). */
public record IngestClaim(String etag, String claimedAt) {
}
