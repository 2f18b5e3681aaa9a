package ai.kai.cli;

/**
 * A failure the user should read: one line on stderr and a fixed {@link ExitCodes exit code}. Thrown from
 * anywhere in a command; {@link KaiCommand} prints it and exits.
 */
public final class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static CliException local(String message, Throwable cause) {
        return new CliException(ExitCodes.FAILURE, message, cause);
    }

    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }
}
