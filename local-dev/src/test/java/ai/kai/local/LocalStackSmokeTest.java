package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackSmokeTest {
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;

    @BeforeAll
    static void start() {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("acme"));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void shouldUploadIngestAndQueryACsv() throws Exception {
        ApiClient.Response upload = api.postJson("/api/v2/files/upload",
                Map.of("name", "sales.csv", "content", "region,revenue\nNorth,10\nSouth,5\nNorth,2.5\n"));
        assertThat(upload.status()).as(upload.raw()).isEqualTo(201);
        String id = upload.data().path("file_id").asText();
        assertThat(stack.awaitEventsHandled(30_000)).isTrue();
        ApiClient.Response file = api.get("/api/v2/files/" + id);
        assertThat(file.data().path("status").asText()).as(file.raw()).isEqualTo("ready");
        ApiClient.Response q = api.postJson("/api/v2/files/" + id + "/query",
                Map.of("sql", "SELECT region, SUM(revenue) AS total FROM data GROUP BY region ORDER BY region"));
        assertThat(q.status()).as(q.raw()).isEqualTo(200);
        assertThat(q.data().path("rows").toString()).isEqualTo("[[\"North\",12.5],[\"South\",5.0]]");
    }
}
