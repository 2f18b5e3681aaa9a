package ai.kai.cli.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.FakeApi;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.CliJson;
import ai.kai.files.FileView;

class FileResolverTest {
    private static final String OLD = "f_01m88bzcqfw0v2zbgkfjpf";
    private static final String NEW = "f_01m88c01j68tw1q5agfg9r";
    private final List<String> notices = new ArrayList<>();

    /** A file as the listing sends it. */
    private static FileView file(String id, String name, String createdAt) {
        return CliJson.convert(CliJson.mapper().createObjectNode().put("file_id", id).put("name", name)
                .put("status", "ready").put("created_at", createdAt), FileView.class);
    }

    private FileResolver offline() {
        // nothing listens on port 9: any request would fail, so these tests prove no request is made
        return new FileResolver(new ApiClient(URI.create("http://127.0.0.1:9"), "t"), notices::add);
    }

    @Test
    void shouldUseAFileIdAsIsWithoutListing() {
        assertThat(offline().resolve(NEW)).isEqualTo(NEW);
    }

    @Test
    void shouldPickTheNewestOfSeveralFilesWithTheSameNameAndSaySo() {
        List<FileView> files = List.of(file(OLD, "sales.csv", "2026-01-01T10:00:00Z"),
                file("f_01m88c01j68tw1q5agfg9s", "other.csv", "2026-03-01T10:00:00Z"),
                file(NEW, "sales.csv", "2026-02-01T10:00:00Z"));

        FileView chosen = offline().choose("sales.csv", files);

        assertThat(chosen.fileId()).isEqualTo(NEW);
        assertThat(notices).singleElement().asString().contains("2 files are named \"sales.csv\"").contains(NEW);
    }

    @Test
    void shouldSayNothingWhenTheNameIsUnique() {
        assertThat(offline().choose("sales.csv", List.of(file(OLD, "sales.csv", "2026-01-01T10:00:00Z"))).fileId())
                .isEqualTo(OLD);
        assertThat(notices).isEmpty();
    }

    @Test
    void shouldExitWith3AndReasonWhenNoFileHasTheName() {
        assertThatThrownBy(() -> offline().choose("nope.csv", List.of(file(OLD, "sales.csv", "2026-01-01T10:00:00Z"))))
                .isInstanceOfSatisfying(CliException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
                    assertThat(e.getMessage()).isEqualTo("FILE_NOT_FOUND: no file named \"nope.csv\" (kai file list shows your files)");
                });
    }

    @Test
    void shouldTakeAPathForTheNameItWasUploadedUnder() {
        assertThat(FileResolver.nameOf("data/2026/sales.csv")).isEqualTo("sales.csv");
        assertThat(FileResolver.nameOf("sales.csv")).isEqualTo("sales.csv");
    }

    @Test
    void shouldFollowEveryPageOfTheListingToFindAName() throws Exception {
        try (FakeApi api = new FakeApi()) {
            api.answer("GET /api/v2/files?page_size=100", 200, """
                    {"success":true,"data":[{"file_id":"%s","name":"a.csv","status":"ready","created_at":"2026-01-02T00:00:00Z"}],
                     "error":null,"metadata":{"has_more":true,"next_cursor":"page 2"}}""".formatted(NEW));
            api.answer("GET /api/v2/files?page_size=100&cursor=page%202", 200, """
                    {"success":true,"data":[{"file_id":"%s","name":"sales.csv","status":"ready","created_at":"2026-01-01T00:00:00Z"}],
                     "error":null,"metadata":{"has_more":false,"next_cursor":null}}""".formatted(OLD));
            FileResolver resolver = new FileResolver(new ApiClient(URI.create(api.endpoint()), "t"), notices::add);

            assertThat(resolver.resolve("sales.csv")).isEqualTo(OLD);
            assertThat(api.requests()).hasSize(2);
        }
    }
}
