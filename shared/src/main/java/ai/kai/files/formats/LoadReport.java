package ai.kai.files.formats;

import java.util.List;
import java.util.Map;

/**
 * What reading a file found besides its rows: how it was read (delimiter, encoding, sheet, …), problems that
 * did not stop it (rows that did not match the header, with their line numbers), and notes for the user.
 */
public record LoadReport(
        Map<String, Object> detected,
        long rejectedRows,
        List<RejectedRow> rejectedSample,
        List<String> warnings,
        List<String> sheets) {

    /** One row that was not loaded, with its line number in the original file and why. */
    public record RejectedRow(long line, String reason, String content) {
    }
}
