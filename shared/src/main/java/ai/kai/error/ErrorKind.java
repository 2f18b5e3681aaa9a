package ai.kai.error;

/** The broad class of a failure; each maps to one HTTP status at the edge. */
public enum ErrorKind {
    INVALID_INPUT(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    TIMEOUT(408),
    CONFLICT(409),
    TOO_LARGE(413),
    UNSUPPORTED(415),
    UNPROCESSABLE(422),
    INTERNAL(500),
    UNAVAILABLE(503);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
