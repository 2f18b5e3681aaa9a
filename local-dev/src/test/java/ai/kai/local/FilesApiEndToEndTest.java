package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.functions.runtime.Services;

/** The files API on the real local stack: gateway → handlers → s3proxy → S3 event → ingest → DuckDB. */
class FilesApiEndToEndTest {
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;
    static StorageProbe storage;
    static String salesId;
    static double northRevenue;
    static long rows = 5000;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("kai.query.timeout.seconds", "3");
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("acme"));
        storage = new StorageProbe(dataDir, stack);
        StringBuilder csv = new StringBuilder("order_id,region,revenue,order_date\n");
        String[] regions = {"North", "South", "East", "West"};
        Random random = new Random(42);
        for (int i = 0; i < rows; i++) {
            String region = regions[random.nextInt(4)];
            long cents = 100 + random.nextInt(100_000);
            if (region.equals("North")) {
                northRevenue += cents / 100.0;
            }
            csv.append(i).append(',').append(region).append(',').append(cents / 100.0).append(",2025-0")
                    .append(1 + i % 9).append("-1").append(i % 10).append('\n');
        }
        salesId = uploadAndWait("sales.csv", csv.toString());
    }

    @AfterAll
    static void stop() {
        stack.close();
        System.clearProperty("kai.query.timeout.seconds");
    }

    static String uploadAndWait(String name, String content) throws Exception {
        ApiClient.Response upload = api.postJson("/api/v2/files/upload", Map.of("name", name, "content", content));
        assertThat(upload.status()).as(upload.raw()).isEqualTo(201);
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
        return upload.data().path("file_id").asText();
    }

    static ApiClient.Response query(String sql) {
        return api.postJson("/api/v2/files/" + salesId + "/query", Map.of("sql", sql));
    }

    @Test
    void shouldIngestAnInlineUploadAndShowItsSchemaAndPreview() {
        JsonNode file = api.get("/api/v2/files/" + salesId).data();
        assertThat(file.path("status").asText()).isEqualTo("ready");
        assertThat(file.path("format").asText()).isEqualTo("csv");
        assertThat(file.path("row_count").asLong()).isEqualTo(rows);
        assertThat(file.path("columns").toString()).contains("\"name\":\"revenue\",\"type\":\"DOUBLE\"");
        assertThat(file.path("preview_rows")).hasSize(10);
        assertThat(file.path("preview_rows").get(0).path("order_id").asLong()).isZero();
    }

    @Test
    void shouldAnswerExactAggregates() {
        ApiClient.Response r = query("SELECT SUM(revenue) AS s, COUNT(*) AS n FROM data WHERE region = 'North'");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.data().path("rows").get(0).get(0).asDouble()).isCloseTo(northRevenue, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.data().path("columns").toString()).isEqualTo("[\"s\",\"n\"]");
        assertThat(r.data().path("types").toString()).isEqualTo("[\"DOUBLE\",\"BIGINT\"]");
        assertThat(r.data().path("execution_time_ms").isNumber()).isTrue();
        assertThat(r.body().path("success").asBoolean()).isTrue();
    }

    @Test
    void shouldUploadALargeFileThroughAPresignedPut() throws Exception {
        byte[] content = "k,v\na,1\nb,2\nc,3\n".getBytes(StandardCharsets.UTF_8);
        ApiClient.Response ticket = api.postJson("/api/v2/files/upload",
                Map.of("name", "big.csv", "mode", "presigned", "size_bytes", content.length));
        assertThat(ticket.status()).as(ticket.raw()).isEqualTo(201);
        Map<String, String> headers = Map.of("Content-Type", ticket.data().path("headers").path("Content-Type").asText());
        assertThat(api.putPresigned(ticket.data().path("upload_url").asText(), headers, content)).isEqualTo(200);
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
        String id = ticket.data().path("file").path("file_id").asText();
        JsonNode file = api.get("/api/v2/files/" + id).data();
        assertThat(file.path("status").asText()).as(file.toString()).isEqualTo("ready");
        assertThat(file.path("row_count").asLong()).isEqualTo(3);
    }

    @Test
    void shouldAcceptARawBodyNamedByQueryParameter() throws Exception {
        ApiClient.Response r = api.postBytes("/api/v2/files/upload?name=raw.tsv", "text/tab-separated-values",
                "a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
        assertThat(api.get("/api/v2/files/" + r.data().path("file_id").asText()).data().path("status").asText()).isEqualTo("ready");
    }

    @Test
    void shouldListFilesPageByPageWithoutRepeats() throws Exception {
        ApiClient other = api.as(stack.tokenFor("pager"));
        for (int i = 0; i < 5; i++) {
            assertThat(other.postJson("/api/v2/files/upload", Map.of("name", "p" + i + ".csv", "content", "x\n" + i + "\n")).status()).isEqualTo(201);
        }
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiClient.Response page = other.get("/api/v2/files?page_size=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.body().path("metadata").path("total").asLong()).isEqualTo(5);
            page.data().forEach(f -> {
                assertThat(seen.add(f.path("file_id").asText())).isTrue();
                names.add(f.path("name").asText());
            });
            cursor = page.body().path("metadata").path("next_cursor").isNull() ? null : page.body().path("metadata").path("next_cursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        ApiClient.Response exact = other.get("/api/v2/files?page_size=5");
        assertThat(exact.body().path("metadata").path("has_more").asBoolean()).isFalse();
        assertThat(exact.body().path("metadata").path("next_cursor").isNull()).isTrue();
        assertThat(names).containsExactly("p4.csv", "p3.csv", "p2.csv", "p1.csv", "p0.csv");
    }

    @Test
    void shouldDeleteTheObjectsAndTheRecord() throws Exception {
        String id = uploadAndWait("doomed.csv", "a\n1\n");
        assertThat(storage.objectsExistUnder("tenants/acme/files/" + id)).isTrue();
        ApiClient.Response r = api.delete("/api/v2/files/" + id);
        assertThat(r.status()).isEqualTo(200);
        assertThat(storage.objectsExistUnder("tenants/acme/files/" + id)).isFalse();
        assertThat(storage.rawItem("acme", id)).isEmpty();
        assertThat(api.get("/api/v2/files/" + id).errorCode()).isEqualTo("FILE_NOT_FOUND");
    }

    @Test
    void shouldKeepTenantsApart() {
        ApiClient intruder = api.as(stack.tokenFor("globex"));
        assertThat(intruder.get("/api/v2/files/" + salesId).status()).isEqualTo(404);
        assertThat(intruder.postJson("/api/v2/files/" + salesId + "/query", Map.of("sql", "SELECT 1")).errorCode()).isEqualTo("FILE_NOT_FOUND");
        assertThat(intruder.delete("/api/v2/files/" + salesId).status()).isEqualTo(404);
        assertThat(intruder.get("/api/v2/files").data().toString()).doesNotContain(salesId);
        assertThat(api.get("/api/v2/files/" + salesId).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseRequestsWithoutAValidToken() {
        assertThat(api.as(null).get("/api/v2/files").status()).isEqualTo(401);
        assertThat(api.as("not.a.jwt").get("/api/v2/files").status()).isEqualTo(401);
        String forged = LocalTokens.forDataDir(dataDir.resolve("elsewhere")).mint("acme");
        assertThat(api.as(forged).get("/api/v2/files").status()).isEqualTo(401);
        assertThat(api.as(null).get("/api/v2/health").status()).isEqualTo(200);
    }

    @Test
    void shouldIgnoreARedeliveredEvent() throws Exception {
        String key = storage.snapshot().keySet().stream().filter(k -> k.startsWith("s3:tenants/acme/files/" + salesId + "/original/"))
                .findFirst().orElseThrow().substring(3);
        Map<String, Object> before = storage.snapshot();
        assertThat(Services.get().ingest().ingest(key, null)).isEqualTo(ai.kai.files.IngestOutcome.DUPLICATE);
        assertThat(storage.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELEC 1", "DROP TABLE data", "INSERT INTO data VALUES (1,'x',1,'2025-01-01')",
            "COPY data TO '/tmp/out.csv'", "ATTACH '/tmp/x.duckdb' AS x", "INSTALL httpfs", "LOAD httpfs", "SET threads=1",
            "RESET threads", "PRAGMA version", "SELECT 1; SELECT 2",
            "WITH t AS (SELECT * FROM read_csv('/etc/passwd')) SELECT * FROM t",
            "SELECT * FROM data WHERE region IN (SELECT content FROM read_text('/etc/hostname'))", "SELECT getenv('HOME')"})
    void shouldRefuseBadSqlWith4xxAndChangeNothing(String sql) {
        Map<String, Object> before = storage.snapshot();
        ApiClient.Response r = query(sql);
        assertThat(r.status()).as(r.raw()).isBetween(400, 499);
        assertThat(r.body().path("success").asBoolean()).isFalse();
        assertThat(r.errorCode()).startsWith("SQL_");
        assertThat(r.raw()).doesNotContain("Exception").doesNotContain(dataDir.toString());
        assertThat(storage.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldStopARunawayQueryAndServeTheNextRequest() {
        ApiClient.Response r = query("SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b");
        assertThat(r.status()).isEqualTo(408);
        assertThat(r.errorCode()).isEqualTo("QUERY_TIMEOUT");
        ApiClient.Response big = query("SELECT length(string_agg(repeat('x', 1000000), '')) FROM range(100000)");
        assertThat(big.status()).as(big.raw()).isBetween(400, 499);
        assertThat(query("SELECT count(*) FROM data").data().path("rows").get(0).get(0).asLong()).isEqualTo(rows);
    }

    @Test
    void shouldRefuseBadUploadsWith4xxAndStoreNothing() {
        Map<String, Object> before = storage.snapshot();
        byte[] junk = new byte[2048];
        new Random(1).nextBytes(junk);
        assertThat(api.postJson("/api/v2/files/upload", Map.of("name", "empty.csv", "content", "")).errorCode()).isEqualTo("EMPTY_FILE");
        assertThat(api.postJson("/api/v2/files/upload", Map.of("name", "junk.csv",
                "content_base64", java.util.Base64.getEncoder().encodeToString(junk))).errorCode()).isEqualTo("BINARY_CONTENT");
        assertThat(api.postJson("/api/v2/files/upload", Map.of("name", "../../etc/passwd", "content", "a\n1\n")).errorCode())
                .isEqualTo("INVALID_FILE_NAME");
        assertThat(api.postJson("/api/v2/files/upload", "{not json").errorCode()).isEqualTo("INVALID_JSON");
        assertThat(api.postJson("/api/v2/files/upload", Map.of("content", "a\n1\n")).errorCode()).isEqualTo("MISSING_FIELD");
        assertThat(api.get("/api/v2/files/f_doesnotexist").errorCode()).isEqualTo("FILE_NOT_FOUND");
        assertThat(api.postJson("/api/v2/files/f_0000000000aaaaaaaaaaaa/query", Map.of("sql", "SELECT 1")).status()).isEqualTo(404);
        assertThat(storage.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldRecordAFailedIngestWithItsReasonAndKeepTheOriginal() throws Exception {
        ApiClient.Response ticket = api.postJson("/api/v2/files/upload", Map.of("name", "fake.csv", "mode", "presigned", "size_bytes", 64));
        byte[] junk = new byte[64];
        new Random(3).nextBytes(junk);
        api.putPresigned(ticket.data().path("upload_url").asText(), Map.of("Content-Type", "text/csv"), junk);
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
        String id = ticket.data().path("file").path("file_id").asText();
        JsonNode file = api.get("/api/v2/files/" + id).data();
        assertThat(file.path("status").asText()).isEqualTo("failed");
        assertThat(file.path("error").path("code").asText()).isEqualTo("BINARY_CONTENT");
        assertThat(storage.objectsExistUnder("tenants/acme/files/" + id + "/original/")).isTrue();
        ApiClient.Response q = api.postJson("/api/v2/files/" + id + "/query", Map.of("sql", "SELECT 1"));
        assertThat(q.status()).isEqualTo(409);
        assertThat(q.errorCode()).isEqualTo("FILE_NOT_READY");
    }

    @Test
    void shouldServeAnOpenApiDocumentOfEveryRoute() {
        ApiClient.Response doc = api.as(null).get("/api/v2/openapi.json");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().path("openapi").asText()).startsWith("3.");
        assertThat(doc.body().path("paths").has("/api/v2/files/{file_id}/query")).isTrue();
        assertThat(doc.body().path("paths").path("/api/v2/files/{file_id}").has("delete")).isTrue();
    }

    @Test
    void shouldAnswerUnknownRoutesLikeApiGateway() {
        ApiClient.Response r = api.get("/api/v2/nope");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().path("message").asText()).isEqualTo("Not Found");
    }
}
