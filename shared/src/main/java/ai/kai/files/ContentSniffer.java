package ai.kai.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Decides a file's format from its first bytes, not its name: empty files and binary junk are refused with
 * a reason a person can act on; known non-tabular formats are named.
 */
public final class ContentSniffer {
    public static final int SNIFF_BYTES = 64 * 1024;

    private ContentSniffer() {
    }

    /** {@code head} is the start of the file (at most {@link #SNIFF_BYTES}); {@code totalSize} its full size. */
    public static Sniffed sniff(byte[] head, int length, long totalSize) {
        if (totalSize == 0 || length == 0) {
            throw new KaiException(ErrorCode.EMPTY_FILE, "the file is empty; upload a file with a header row and data");
        }
        if (startsWith(head, length, "PAR1")) {
            return new Sniffed(FileFormat.PARQUET, false);
        }
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return new Sniffed(FileFormat.CSV_GZIP, false);
        }
        if (startsWith(head, length, "PK\u0003\u0004")) {
            return new Sniffed(FileFormat.XLSX, false);
        }
        String known = knownBinary(head, length);
        if (known != null) {
            throw new KaiException(ErrorCode.UNSUPPORTED_FILE_TYPE,
                    "the content is " + known + ", not a table; upload CSV, TSV, Excel (.xlsx), Parquet or JSON");
        }
        if (looksBinary(head, length)) {
            throw new KaiException(ErrorCode.BINARY_CONTENT,
                    "the content is binary, not text: it cannot be read as CSV; check that you uploaded the right file");
        }
        boolean utf8 = isUtf8(head, length, length < totalSize);
        int first = firstNonSpace(head, length);
        if (first >= 0 && (head[first] == '[' || head[first] == '{')) {
            return new Sniffed(FileFormat.JSON, utf8);
        }
        return new Sniffed(FileFormat.CSV, utf8);
    }

    /** What sniffing found: the format and whether the text is valid UTF-8 (else read as Windows-1252). */
    public record Sniffed(FileFormat format, boolean utf8) {
        /** Refuses a file whose name promises another format than its content holds. */
        public Sniffed checkAgainst(String fileName) {
            FileFormat.fromExtension(fileName).ifPresent(promised -> {
                if (!promised.compatibleWith(format)) {
                    throw new KaiException(ErrorCode.FILE_TYPE_MISMATCH, "the file is named like " + promised.wire()
                            + " (\"" + fileName + "\") but its content is " + format.wire()
                            + "; rename it or upload the right file");
                }
            });
            return this;
        }
    }

    private static String knownBinary(byte[] b, int n) {
        if (n >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) {
            return "a legacy Office file (.xls/.doc); save it as .xlsx or CSV";
        }
        if (startsWith(b, n, "%PDF")) {
            return "a PDF document";
        }
        if (n >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "a PNG image";
        }
        if (n >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "a JPEG image";
        }
        if (startsWith(b, n, "GIF8")) {
            return "a GIF image";
        }
        if (n >= 4 && b[0] == 0x7f && b[1] == 'E' && b[2] == 'L' && b[3] == 'F') {
            return "an executable (ELF)";
        }
        if (startsWith(b, n, "SQLite format 3")) {
            return "an SQLite database";
        }
        return null;
    }

    private static boolean looksBinary(byte[] b, int n) {
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control > n / 100 + 1;
    }

    private static boolean isUtf8(byte[] b, int n, boolean truncated) {
        int end = n;
        if (truncated) {
            // do not judge a multi-byte character cut at the sniff boundary
            while (end > 0 && end > n - 4 && (b[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (b[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int firstNonSpace(byte[] b, int n) {
        int i = 0;
        if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            i = 3;
        }
        for (; i < n; i++) {
            if (!Character.isWhitespace(b[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int n, String magic) {
        if (n < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
