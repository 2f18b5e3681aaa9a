package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackRestartTest {
    @TempDir
    Path dataDir;

    @Test
    void shouldKeepFilesMetadataAndTokensAcrossARestart() throws Exception {
        String id;
        String token;
        try (LocalStack first = LocalStack.start(new LocalStackOptions(0, dataDir, true))) {
            token = first.tokenFor("acme");
            ApiClient api = new ApiClient(first.endpoint(), token);
            id = api.postJson("/api/v2/files/upload", Map.of("name", "kept.csv", "content", "n\n1\n2\n3\n"))
                    .data().path("file_id").asText();
            assertThat(first.awaitEventsHandled(60_000)).isTrue();
        }
        try (LocalStack second = LocalStack.start(new LocalStackOptions(0, dataDir, true))) {
            ApiClient api = new ApiClient(second.endpoint(), token);
            assertThat(api.get("/api/v2/files/" + id).data().path("status").asText()).isEqualTo("ready");
            ApiClient.Response sum = api.postJson("/api/v2/files/" + id + "/query", Map.of("sql", "SELECT sum(n) FROM data"));
            assertThat(sum.data().path("rows").get(0).get(0).asLong()).as(sum.raw()).isEqualTo(6);
        }
    }
}
