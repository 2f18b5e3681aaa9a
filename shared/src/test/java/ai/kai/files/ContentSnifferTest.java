package ai.kai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

class ContentSnifferTest {
    private static ContentSniffer.Sniffed sniff(byte[] b) {
        return ContentSniffer.sniff(b, b.length, b.length);
    }

    private static ErrorCode refusal(byte[] b) {
        try {
            sniff(b);
        } catch (KaiException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void shouldRecogniseCsvParquetJsonAndGzipByContent() {
        assertThat(sniff("a,b\n1,2\n".getBytes()).format()).isEqualTo(FileFormat.CSV);
        assertThat(sniff("PAR1....".getBytes()).format()).isEqualTo(FileFormat.PARQUET);
        assertThat(sniff("\uFEFF [{\"a\":1}]".getBytes(StandardCharsets.UTF_8)).format()).isEqualTo(FileFormat.JSON);
        assertThat(sniff(new byte[] {0x1f, (byte) 0x8b, 8, 0}).format()).isEqualTo(FileFormat.CSV_GZIP);
    }

    @Test
    void shouldRefuseEmptyFilesAndBinaryJunk() {
        assertThat(refusal(new byte[0])).isEqualTo(ErrorCode.EMPTY_FILE);
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        assertThat(refusal(junk)).isEqualTo(ErrorCode.BINARY_CONTENT);
    }

    @Test
    void shouldNameKnownNonTabularFormats() {
        assertThatThrownBy(() -> sniff("%PDF-1.7 ...".getBytes()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNSUPPORTED_FILE_TYPE).hasMessageContaining("PDF");
        assertThat(sniff("PK\u0003\u0004xx".getBytes(StandardCharsets.ISO_8859_1)).format()).isEqualTo(FileFormat.XLSX);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> sniff(xls)).hasMessageContaining(".xls");
    }

    @Test
    void shouldRefuseANameThatPromisesAnotherFormat() {
        assertThatThrownBy(() -> sniff("a,b\n1,2\n".getBytes()).checkAgainst("book.xlsx"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.FILE_TYPE_MISMATCH).hasMessageContaining("book.xlsx");
        assertThat(sniff("a,b\n".getBytes()).checkAgainst("export.txt").format()).isEqualTo(FileFormat.CSV);
        assertThat(sniff("a,b\n".getBytes()).checkAgainst("no-extension").format()).isEqualTo(FileFormat.CSV);
    }

    @Test
    void shouldTellLatin1FromUtf8() {
        assertThat(sniff("name\nJosé\n".getBytes(StandardCharsets.UTF_8)).utf8()).isTrue();
        assertThat(sniff("name\nJosé\n".getBytes(StandardCharsets.ISO_8859_1)).utf8()).isFalse();
    }
}
