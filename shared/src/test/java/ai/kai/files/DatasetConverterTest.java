package ai.kai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.error.ErrorCode;

class DatasetConverterTest {
    @TempDir
    Path dir;
    final DatasetConverter converter = new DatasetConverter("512MB", 2);

    private DatasetConverter.Converted convert(String content, java.nio.charset.Charset charset) throws Exception {
        byte[] bytes = content.getBytes(charset);
        Path original = dir.resolve("original");
        Files.write(original, bytes);
        return converter.convert(original, ContentSniffer.sniff(bytes, bytes.length, bytes.length),
                IngestOptions.DETECT, dir, "t.csv");
    }

    @Test
    void shouldDetectHeaderDelimiterAndTypes() throws Exception {
        var c = convert("day;amount;city\n2025-01-02;10.5;Köln\n2025-01-03;7;Berlin\n", StandardCharsets.UTF_8);
        assertThat(c.rowCount()).isEqualTo(2);
        assertThat(c.columns()).extracting(ColumnSchema::name).containsExactly("day", "amount", "city");
        assertThat(c.columns()).extracting(ColumnSchema::type).containsExactly("DATE", "DOUBLE", "VARCHAR");
        assertThat(c.previewRows().get(0)).containsEntry("city", "Köln").containsEntry("day", "2025-01-02");
    }

    @Test
    void shouldWriteParquetWithTheSameRows() throws Exception {
        var c = convert("a,b\n1,x\n2,y\n3,z\n", StandardCharsets.UTF_8);
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = conn.createStatement().executeQuery(
                     "SELECT count(*), sum(a) FROM read_parquet('" + c.parquet() + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(3);
            assertThat(rs.getLong(2)).isEqualTo(6);
        }
    }

    @Test
    void shouldReadLatin1Text() throws Exception {
        var c = convert("name,n\nJosé,1\nZoë,2\n", StandardCharsets.ISO_8859_1);
        assertThat(c.previewRows().get(0)).containsEntry("name", "José");
    }

    @Test
    void shouldRetypeWhenALateValueDoesNotFitTheSampledType() throws Exception {
        StringBuilder csv = new StringBuilder("id,code\n");
        for (int i = 0; i < 30000; i++) {
            csv.append(i).append(',').append(i).append('\n');
        }
        csv.append("30000,ABC\n");
        var c = convert(csv.toString(), StandardCharsets.UTF_8);
        assertThat(c.rowCount()).isEqualTo(30001);
        assertThat(c.columns().get(1).type()).isEqualTo("VARCHAR");
    }

    @Test
    void shouldRefuseAHeaderWithoutRows() {
        assertThatThrownBy(() -> convert("a,b,c\n", StandardCharsets.UTF_8))
                .hasFieldOrPropertyWithValue("code", ErrorCode.NO_DATA_ROWS);
    }
}
