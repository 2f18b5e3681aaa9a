package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Formats through the API: chosen Excel sheets, ingest reports, stored failures with the original kept. */
class FileFormatsEndToEndTest {
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;
    static StorageProbe storage;

    @BeforeAll
    static void start() {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("formats"));
        storage = new StorageProbe(dataDir, stack);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static JsonNode uploadAndGet(Map<String, Object> body) throws Exception {
        ApiClient.Response r = api.postJson("/api/v2/files/upload", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
        return api.get("/api/v2/files/" + r.data().path("file_id").asText()).data();
    }

    static String workbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("hello");
            var orders = wb.createSheet("Orders");
            orders.createRow(0).createCell(0).setCellValue("region");
            orders.getRow(0).createCell(1).setCellValue("revenue");
            String[] regions = {"North", "South", "North"};
            for (int i = 0; i < 3; i++) {
                var row = orders.createRow(i + 1);
                row.createCell(0).setCellValue(regions[i]);
                row.createCell(1).setCellValue(10.5 * (i + 1));
            }
            wb.write(out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        }
    }

    @Test
    void shouldIngestTheChosenSheetAndListAllSheets() throws Exception {
        JsonNode file = uploadAndGet(Map.of("name", "book.xlsx", "content_base64", workbook(), "sheet", "Orders"));
        assertThat(file.path("status").asText()).as(file.toString()).isEqualTo("ready");
        assertThat(file.path("format").asText()).isEqualTo("xlsx");
        assertThat(file.path("ingest_report").path("sheets").toString()).isEqualTo("[\"Notes\",\"Orders\"]");
        assertThat(file.path("ingest_options").path("sheet").asText()).isEqualTo("Orders");
        ApiClient.Response q = api.postJson("/api/v2/files/" + file.path("file_id").asText() + "/query",
                Map.of("sql", "SELECT sum(revenue) FROM data WHERE region = 'North'"));
        assertThat(q.data().path("rows").get(0).get(0).asDouble()).isEqualTo(42.0);
    }

    @Test
    void shouldStoreAnUnknownSheetAsAFailureNamingTheSheets() throws Exception {
        JsonNode file = uploadAndGet(Map.of("name", "book.xlsx", "content_base64", workbook(), "sheet", "Invoices"));
        assertThat(file.path("status").asText()).isEqualTo("failed");
        assertThat(file.path("error").path("code").asText()).isEqualTo("SHEET_NOT_FOUND");
        assertThat(file.path("error").path("message").asText()).contains("Notes", "Orders");
    }

    @Test
    void shouldReportRaggedRowsInTheFile() throws Exception {
        JsonNode file = uploadAndGet(Map.of("name", "ragged.csv", "content", "a,b\n1,2\n3\n4,5\n"));
        assertThat(file.path("row_count").asLong()).isEqualTo(2);
        assertThat(file.path("ingest_report").path("rejected_rows").asLong()).isEqualTo(1);
        assertThat(file.path("ingest_report").path("warnings").get(0).asText()).contains("line 3");
    }

    @Test
    void shouldRecordMalformedFilesAsFailedAndKeepTheOriginal() throws Exception {
        String[][] cases = {
                {"broken.json", "[{\"a\": 1}, {\"a\":", "JSON_PARSE_ERROR"},
                {"header-only.csv", "a,b,c\n", "NO_DATA_ROWS"},
                {"cut.parquet", "PAR1\u0015\u0004garbage", "PARQUET_READ_ERROR"}};
        for (String[] c : cases) {
            JsonNode file = uploadAndGet(Map.of("name", c[0], "content", c[1]));
            assertThat(file.path("status").asText()).as(c[0]).isEqualTo("failed");
            assertThat(file.path("error").path("code").asText()).as(c[0]).isEqualTo(c[2]);
            assertThat(storage.objectsExistUnder("tenants/formats/files/" + file.path("file_id").asText() + "/original/")).isTrue();
            assertThat(storage.objectsExistUnder("tenants/formats/files/" + file.path("file_id").asText() + "/data.")).isFalse();
        }
    }

    @Test
    void shouldRefuseContentThatContradictsItsNameAtUpload() {
        ApiClient.Response r = api.postJson("/api/v2/files/upload", Map.of("name", "sales.xlsx", "content", "a,b\n1,2\n"));
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.errorCode()).isEqualTo("FILE_TYPE_MISMATCH");
    }
}
