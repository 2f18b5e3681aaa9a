package ai.kai.files.formats;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Text that is not UTF-8 is read as Windows-1252 (a superset of the printable Latin-1 range, which also maps
 * € and typographic quotes) and rewritten as UTF-8, streaming, because DuckDB's CSV reader wants UTF-8.
 */
final class TextEncoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    static InputStream open(Path file, boolean gzip) throws IOException {
        InputStream in = Files.newInputStream(file);
        return gzip ? new GZIPInputStream(in, 64 * 1024) : in;
    }

    /** Whether the (decompressed) start of the file is valid UTF-8. */
    static boolean startsAsUtf8(Path file, boolean gzip) {
        try (InputStream in = open(file, gzip)) {
            byte[] head = in.readNBytes(64 * 1024);
            int end = head.length;
            while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (head[end - 1] & 0x80) != 0 && end < head.length) {
                end--;
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            decoder.decode(java.nio.ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites the file (decompressing if needed) as UTF-8 text in the work dir. */
    static Path toUtf8(Path file, boolean gzip, Path workDir) throws IOException {
        Path out = workDir.resolve("original-utf8.csv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file, gzip), WINDOWS_1252), 1 << 16);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            char[] buffer = new char[1 << 16];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                writer.write(buffer, 0, n);
            }
        }
        return out;
    }

    /** The first lines of the (decompressed) file, for detection heuristics. */
    static java.util.List<String> headLines(Path file, boolean gzip, Charset charset, int max) throws IOException {
        java.util.List<String> lines = new java.util.ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file, gzip), charset))) {
            String line;
            while (lines.size() < max && (line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }
}
