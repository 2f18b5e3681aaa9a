package ai.kai.cli;

/**
 * The exit codes scripts can rely on. They never change meaning; new kinds of failure get new numbers.
 * {@link #FOOTER} is the table shown at the end of {@code kai --help}.
 */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** A local problem: an input file cannot be read, an output cannot be written, or an unexpected error. */
    public static final int FAILURE = 1;
    /** The command line is wrong: unknown option, missing argument, invalid value (picocli's usage error). */
    public static final int USAGE = 2;
    /** The API refused the request (HTTP 4xx): unknown file, bad SQL, file not ready, not authenticated, ... */
    public static final int CLIENT_ERROR = 3;
    /** The API failed (HTTP 5xx) or answered something that is not its response wrapper. */
    public static final int SERVER_ERROR = 4;
    /** The endpoint cannot be reached: connection refused, unknown host, connect timeout. */
    public static final int CANNOT_CONNECT = 5;
    /** The upload arrived but ingest failed; the stored reason is printed. */
    public static final int INGEST_FAILED = 6;
    /** Ingest did not finish within --wait-timeout (the file stays pending; check it later with kai file show). */
    public static final int WAIT_TIMEOUT = 7;

    public static final String[] FOOTER = {
        "",
        "Exit codes:",
        "  0  success",
        "  1  local failure: cannot read the input or write the output; unexpected error",
        "  2  usage error: unknown option, missing or invalid argument",
        "  3  the API refused the request (HTTP 4xx): unknown file, bad SQL, not ready,",
        "     not authenticated",
        "  4  the API failed (HTTP 5xx) or sent an unexpected response",
        "  5  cannot connect to the endpoint",
        "  6  the upload was stored but ingest failed (the reason is printed)",
        "  7  timed out waiting for ingest",
        "",
        "Environment: KAI_ENDPOINT (default http://127.0.0.1:8787), KAI_TOKEN,",
        "COLUMNS (table width), NO_COLOR, KAI_DEBUG=1 (stack traces).",
    };

    private ExitCodes() {
    }

    /** The exit code for an HTTP status the API answered with. */
    public static int forHttpStatus(int status) {
        if (status >= 400 && status < 500) {
            return CLIENT_ERROR;
        }
        return SERVER_ERROR;
    }
}
