package ai.kai.error;

/** The serialisable form of an error: {@code {code, message}}. */
public record ErrorInfo(String code, String message) {
    public static ErrorInfo of(KaiException e) {
        return new ErrorInfo(e.code().name(), e.getMessage());
    }

    public static ErrorInfo of(ErrorCode code, String message) {
        return new ErrorInfo(code.name(), message);
    }
}
