package ai.kai.files;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** A user's file name: validated (no directories, no traversal, no control characters) and made key-safe. */
public record FileName(String display) {
    private static final int MAX_LENGTH = 255;

    public FileName {
        if (display == null || display.isBlank()) {
            throw new KaiException(ErrorCode.INVALID_FILE_NAME, "a file name is required (e.g. \"sales.csv\")");
        }
        if (display.length() > MAX_LENGTH) {
            throw new KaiException(ErrorCode.INVALID_FILE_NAME, "the file name is longer than " + MAX_LENGTH + " characters");
        }
        if (display.contains("/") || display.contains("\\") || display.equals(".") || display.equals("..")
                || display.contains("..")) {
            throw new KaiException(ErrorCode.INVALID_FILE_NAME,
                    "the file name must be a plain name without directories or '..' (got \"" + printable(display) + "\")");
        }
        if (display.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new KaiException(ErrorCode.INVALID_FILE_NAME, "the file name contains control characters");
        }
        display = display.strip();
    }

    /** The name as it appears in an object key: ASCII letters, digits, '.', '_' and '-' only. */
    public String keySafe() {
        String safe = display.replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
    }

    /** Lower-case extension without the dot, or "". */
    public String extension() {
        int dot = display.lastIndexOf('.');
        return dot < 0 ? "" : display.substring(dot + 1).toLowerCase();
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
