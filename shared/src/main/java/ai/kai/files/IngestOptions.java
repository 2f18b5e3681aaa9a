package ai.kai.files;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * How the user asked a file to be read, stored with its record at upload time and applied by ingest. Every
 * field is optional: detection decides what is not given.
 *
 * @param sheet            Excel: a sheet name, or its 1-based position ("2" is the second sheet)
 * @param delimiter        CSV: one character, e.g. ";" or "\t"
 * @param header           CSV: whether the first row holds column names
 * @param decimalSeparator CSV: "." or ","
 */
public record IngestOptions(String sheet, String delimiter, Boolean header, String decimalSeparator) {
    public static final IngestOptions DETECT = new IngestOptions(null, null, null, null);

    public IngestOptions {
        if (delimiter != null && delimiter.replace("\\t", "\t").length() != 1) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'delimiter' must be one character (e.g. \";\" or \"\\t\")");
        }
        if (decimalSeparator != null && !decimalSeparator.equals(".") && !decimalSeparator.equals(",")) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'decimal_separator' must be \".\" or \",\"");
        }
        if (sheet != null && sheet.isBlank()) {
            sheet = null;
        }
    }

    public static IngestOptions orDetect(IngestOptions options) {
        return options == null ? DETECT : options;
    }
}
