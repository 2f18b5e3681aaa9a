package ai.kai.files;

/** What one delivery of an ObjectCreated event led to. */
public enum IngestOutcome {
    /** Converted and marked ready. */
    INGESTED,
    /** Refused with a stored, user-visible reason (bad content); never retried. */
    FAILED,
    /** The same object version was already ingested or is being ingested: a re-delivery. */
    DUPLICATE,
    /** Not an original upload (a derived object), or its file record no longer exists. */
    IGNORED
}
