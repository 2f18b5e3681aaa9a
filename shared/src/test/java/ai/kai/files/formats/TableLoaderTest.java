package ai.kai.files.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.error.ErrorCode;
import ai.kai.files.ColumnSchema;
import ai.kai.files.ContentSniffer;
import ai.kai.files.DatasetConverter;
import ai.kai.files.IngestOptions;

class TableLoaderTest {
    @TempDir
    Path dir;
    final DatasetConverter converter = new DatasetConverter("512MB", 2);

    private DatasetConverter.Converted convert(Path file, String name, IngestOptions options) throws Exception {
        byte[] head = Files.readAllBytes(file);
        var sniffed = ContentSniffer.sniff(head, Math.min(head.length, ContentSniffer.SNIFF_BYTES), head.length).checkAgainst(name);
        Path work = Files.createTempDirectory(dir, "work");
        return converter.convert(file, sniffed, options, work, name);
    }

    private DatasetConverter.Converted text(String content, Charset charset, String name) throws Exception {
        Path file = dir.resolve("in-" + System.nanoTime());
        Files.write(file, content.getBytes(charset));
        return convert(file, name, IngestOptions.DETECT);
    }

    private static List<List<Object>> rows(DatasetConverter.Converted c, String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + c.database(), readOnly);
             ResultSet rs = conn.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i) == null ? null : rs.getObject(i).toString());
                }
                out.add(row);
            }
        }
        return out;
    }

    private static List<String> names(DatasetConverter.Converted c) {
        return c.columns().stream().map(ColumnSchema::name).toList();
    }

    @Test
    void shouldReadTabSeparatedValues() throws Exception {
        var c = text("city\tpeople\nBonn\t330000\nKöln\t1080000\n", StandardCharsets.UTF_8, "cities.tsv");
        assertThat(c.report().detected()).containsEntry("delimiter", "\t");
        assertThat(c.columns().get(1).type()).isEqualTo("BIGINT");
    }

    @Test
    void shouldRecogniseDecimalCommasInSemicolonFiles() throws Exception {
        var c = text("produkt;preis;menge\nA;1,50;3\nB;12,25;4\n", StandardCharsets.UTF_8, "preise.csv");
        assertThat(c.report().detected()).containsEntry("decimal_separator", ",");
        assertThat(rows(c, "SELECT sum(preis) FROM data").get(0).get(0)).isEqualTo("13.75");
    }

    @Test
    void shouldReadUtf8WithBomAndWindows1252() throws Exception {
        var bom = text("\uFEFFname,n\nZoë,1\n", StandardCharsets.UTF_8, "bom.csv");
        assertThat(names(bom)).containsExactly("name", "n");
        var cp = text("name,price\nCafé,3 €\nNaïve,4 €\n", Charset.forName("windows-1252"), "legacy.csv");
        assertThat(cp.report().detected().get("encoding").toString()).startsWith("windows-1252");
        assertThat(rows(cp, "SELECT name, price FROM data ORDER BY name")).containsExactly(List.of("Café", "3 €"), List.of("Naïve", "4 €"));
    }

    @Test
    void shouldKeepQuotedNewlinesAndMakeHeaderNamesUnique() throws Exception {
        var c = text("a,a,,b\n\"line one\nline two\",2,3,4\nx,5,6,7\n", StandardCharsets.UTF_8, "q.csv");
        assertThat(names(c)).doesNotHaveDuplicates().hasSize(4).allSatisfy(n -> assertThat(n).isNotBlank());
        assertThat(rows(c, "SELECT count(*) FROM data").get(0).get(0)).isEqualTo("2");
        assertThat(rows(c, "SELECT a FROM data LIMIT 1").get(0).get(0)).isEqualTo("line one\nline two");
    }

    @Test
    void shouldReportRaggedRowsByLineInsteadOfShiftingThem() throws Exception {
        var c = text("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n13,14,15\n", StandardCharsets.UTF_8, "ragged.csv");
        assertThat(c.rowCount()).isEqualTo(3);
        assertThat(c.report().rejectedRows()).isEqualTo(2);
        assertThat(c.report().rejectedSample()).extracting(LoadReport.RejectedRow::line).containsExactly(3L, 4L);
        assertThat(c.report().warnings().get(0)).contains("lines 3, 4");
        assertThat(rows(c, "SELECT a, b, c FROM data ORDER BY a")).containsExactly(
                List.of("1", "2", "3"), List.of("10", "11", "12"), List.of("13", "14", "15"));
    }

    @Test
    void shouldKeepAColumnOfMixedDateFormatsAsTextAndSaySo() throws Exception {
        var c = text("id,day\n1,2025-01-01\n2,2025-01-02\n3,03.01.2025\n", StandardCharsets.UTF_8, "mixed.csv");
        assertThat(c.rowCount()).isEqualTo(3);
        assertThat(c.columns().get(1).type()).isEqualTo("VARCHAR");
        assertThat(c.report().warnings()).anySatisfy(w -> assertThat(w).contains("day").contains("kept as text"));
    }

    @Test
    void shouldRefuseAFileWhereMostRowsAreBroken() throws Exception {
        assertThatThrownBy(() -> text("a,b,c\n1\n2\n3,4,5\n6\n", StandardCharsets.UTF_8, "bad.csv"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.TOO_MANY_BAD_ROWS);
    }

    @Test
    void shouldReadGzippedCsv() throws Exception {
        Path file = dir.resolve("z.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("k,v\na,1\nb,2\n".getBytes(StandardCharsets.UTF_8));
        }
        var c = convert(file, "z.csv.gz", IngestOptions.DETECT);
        assertThat(c.rowCount()).isEqualTo(2);
        assertThat(c.report().detected()).containsEntry("compression", "gzip");
    }

    @Test
    void shouldReadTheChosenExcelSheetWithDatesCachedFormulasAndMergedHeaders() throws Exception {
        Path book = FormatFixtures.workbook(dir);
        var c = convert(book, "book.xlsx", new IngestOptions("Orders", null, null, null));
        assertThat(c.report().sheets()).containsExactly("Summary", "Orders");
        assertThat(c.report().detected()).containsEntry("sheet", "Orders");
        assertThat(names(c)).hasSize(5).contains("order date", "discount", "total");
        assertThat(names(c).stream().filter(n -> n.startsWith("amount"))).hasSize(2);
        assertThat(c.columns().get(0).type()).isEqualTo("DATE");
        assertThat(rows(c, "SELECT \"order date\", discount, total FROM data ORDER BY 1 LIMIT 1"))
                .containsExactly(List.of("2025-03-01", "0.15", "8.5"));
        var byPosition = convert(book, "book.xlsx", new IngestOptions("2", null, null, null));
        assertThat(byPosition.rowCount()).isEqualTo(5);
        var first = convert(book, "book.xlsx", IngestOptions.DETECT);
        assertThat(first.report().detected()).containsEntry("sheet", "Summary");
    }

    @Test
    void shouldNameTheSheetsWhenTheChosenOneDoesNotExist() throws Exception {
        Path book = FormatFixtures.workbook(dir);
        assertThatThrownBy(() -> convert(book, "book.xlsx", new IngestOptions("Invoices", null, null, null)))
                .hasFieldOrPropertyWithValue("code", ErrorCode.SHEET_NOT_FOUND)
                .hasMessageContaining("Summary").hasMessageContaining("Orders");
    }

    @Test
    void shouldRefuseAZipThatIsNotAWorkbook() throws Exception {
        Path zip = dir.resolve("fake.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("hi".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> convert(zip, "fake.xlsx", IngestOptions.DETECT))
                .hasFieldOrPropertyWithValue("code", ErrorCode.EXCEL_READ_ERROR).hasMessageContaining("not an Excel workbook");
    }

    @Test
    void shouldPreserveAParquetSchemaAndRefuseATruncatedOne() throws Exception {
        Path parquet = dir.resolve("t.parquet");
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:")) {
            conn.createStatement().execute("COPY (SELECT 12.345::DECIMAL(10,3) AS price, TIMESTAMP '2025-01-02 03:04:05' AS at, "
                    + "[1, 2] AS tags FROM range(3)) TO '" + parquet + "' (FORMAT parquet)");
        }
        var c = convert(parquet, "t.parquet", IngestOptions.DETECT);
        assertThat(c.columns()).extracting(ColumnSchema::type).containsExactly("DECIMAL(10,3)", "TIMESTAMP", "INTEGER[]");
        byte[] bytes = Files.readAllBytes(parquet);
        Path truncated = dir.resolve("cut.parquet");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> convert(truncated, "cut.parquet", IngestOptions.DETECT))
                .hasFieldOrPropertyWithValue("code", ErrorCode.PARQUET_READ_ERROR);
    }

    @Test
    void shouldFlattenNestedJsonObjectsAndKeepArrays() throws Exception {
        var c = text("[{\"id\":1,\"user\":{\"name\":\"a\",\"geo\":{\"lat\":1.5}},\"tags\":[\"x\"]},"
                + "{\"id\":2,\"user\":{\"name\":\"b\",\"geo\":{\"lat\":2.5}},\"tags\":[]}]", StandardCharsets.UTF_8, "n.json");
        assertThat(names(c)).containsExactly("id", "user.name", "user.geo.lat", "tags");
        assertThat(c.columns().get(3).type()).isEqualTo("VARCHAR[]");
        assertThat(rows(c, "SELECT sum(\"user.geo.lat\") FROM data").get(0).get(0)).isEqualTo("4.0");
        assertThat(c.report().detected()).containsEntry("nested_objects", "flattened into parent.child columns");
    }

    @Test
    void shouldReadNdjsonAndRefuseBrokenJson() throws Exception {
        var nd = text("{\"a\":1,\"b\":\"x\"}\n{\"a\":2,\"b\":\"y\"}\n", StandardCharsets.UTF_8, "e.ndjson");
        assertThat(nd.rowCount()).isEqualTo(2);
        assertThatThrownBy(() -> text("[{\"a\":1},{\"a\":", StandardCharsets.UTF_8, "broken.json"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.JSON_PARSE_ERROR);
    }

    @Test
    void shouldRefuseContentThatContradictsItsName() {
        assertThatThrownBy(() -> text("a,b\n1,2\n", StandardCharsets.UTF_8, "data.parquet"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.FILE_TYPE_MISMATCH);
    }

    @Test
    void shouldHonourAnExplicitDelimiterAndHeaderChoice() throws Exception {
        Path file = dir.resolve("pipes.txt");
        Files.writeString(file, "1|2\n3|4\n");
        var c = convert(file, "pipes.txt", new IngestOptions(null, "|", false, null));
        assertThat(c.rowCount()).isEqualTo(2);
        assertThat(rows(c, "SELECT sum(column0) FROM data").get(0).get(0)).isEqualTo("4");
    }
}
