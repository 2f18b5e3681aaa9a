package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Cleaning through the API: a new version linked to its parent, the parent untouched, bad steps refused. */
class CleaningEndToEndTest {
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;
    static StorageProbe storage;
    static String parentId;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("cleaner"));
        storage = new StorageProbe(dataDir, stack);
        ApiClient.Response up = api.postJson("/api/v2/files/upload", Map.of("name", "orders.csv", "content",
                "id,region,amount,day\n1,North,10,2025-01-01\n2,,20,2025-01-02\n2,,20,2025-01-02\n3,South,,2025-01-03\n4,East,40,oops\n"));
        parentId = up.data().path("file_id").asText();
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static Map<String, Object> parentObjects() {
        return storage.snapshot().entrySet().stream().filter(e -> e.getKey().contains(parentId))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void shouldMakeALinkedVersionAndLeaveTheParentAlone() {
        Map<String, Object> before = parentObjects();
        ApiClient.Response r = api.postJson("/api/v2/files/" + parentId + "/clean", Map.of("operations", List.of(
                Map.of("op", "deduplicate"),
                Map.of("op", "fill_missing", "columns", List.of("region"), "strategy", "constant", "value", "Unknown"),
                Map.of("op", "fill_missing", "columns", List.of("amount"), "strategy", "median"),
                Map.of("op", "convert_type", "column", "day", "to", "date"))));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        JsonNode version = r.data().path("file");
        assertThat(version.path("status").asText()).isEqualTo("ready");
        assertThat(version.path("name").asText()).isEqualTo("orders-cleaned.csv");
        assertThat(version.path("lineage").path("parent_file_id").asText()).isEqualTo(parentId);
        assertThat(version.path("lineage").path("version").asInt()).isEqualTo(2);
        assertThat(version.path("row_count").asLong()).isEqualTo(4);
        JsonNode conversion = r.data().path("operations").get(3);
        assertThat(conversion.path("failed_conversions").asLong()).isEqualTo(1);
        assertThat(conversion.path("failure_sample").get(0).path("value").asText()).isEqualTo("oops");

        ApiClient.Response q = api.postJson("/api/v2/files/" + version.path("file_id").asText() + "/query",
                Map.of("sql", "SELECT count(*) FILTER (WHERE region = 'Unknown'), sum(amount), typeof(any_value(day)) FROM data"));
        assertThat(q.data().path("rows").get(0).toString()).isEqualTo("[1,90,\"DATE\"]");
        assertThat(parentObjects()).isEqualTo(before);
        ApiClient.Response parent = api.postJson("/api/v2/files/" + parentId + "/query", Map.of("sql", "SELECT count(*) FROM data"));
        assertThat(parent.data().path("rows").get(0).get(0).asLong()).isEqualTo(5);
    }

    @Test
    void shouldRefuseBadStepsAndStoreNothing() {
        Map<String, Object> before = storage.snapshot();
        ApiClient.Response unknown = api.postJson("/api/v2/files/" + parentId + "/clean",
                Map.of("operations", List.of(Map.of("op", "drop_columns", "columns", List.of("nope")))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("COLUMN_NOT_FOUND");
        ApiClient.Response empty = api.postJson("/api/v2/files/" + parentId + "/clean",
                Map.of("operations", List.of(Map.of("op", "drop_missing_rows", "columns", List.of("region", "amount"), "how", "any"),
                        Map.of("op", "drop_missing_rows", "columns", List.of("id")), Map.of("op", "convert_type",
                                "column", "region", "to", "integer", "on_error", "fail"))));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(api.postJson("/api/v2/files/f_0000000000aaaaaaaaaaaa/clean",
                Map.of("operations", List.of(Map.of("op", "deduplicate")))).errorCode()).isEqualTo("FILE_NOT_FOUND");
        assertThat(storage.snapshot()).isEqualTo(before);
    }
}
