package ai.kai.error;

/**
 * A failure with a stable {@link ErrorCode} and a message a person can act on. Messages never carry
 * secrets, stack traces or server-side paths.
 */
public class KaiException extends RuntimeException {
    private final ErrorCode code;

    public KaiException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public KaiException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public int httpStatus() {
        return code.kind().httpStatus();
    }

    public boolean isClientError() {
        return httpStatus() < 500;
    }
}
