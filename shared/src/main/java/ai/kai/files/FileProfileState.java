package ai.kai.files;

import ai.kai.error.ErrorInfo;

/**
 * Whether a file's profile exists: {@code ready} (stored as JSON and HTML beside the dataset), {@code failed}
 * (with the reason; the file itself is still usable), with its alert count and how long it took.
 */
public record FileProfileState(String status, Integer alerts, Long elapsedMs, ErrorInfo error) {
    public static final String READY = "ready";
    public static final String FAILED = "failed";

    public boolean isReady() {
        return READY.equals(status);
    }
}
