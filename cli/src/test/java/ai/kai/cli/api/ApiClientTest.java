package ai.kai.cli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;

import org.junit.jupiter.api.Test;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.FakeApi;

class ApiClientTest {
    private static final String NOT_FOUND = """
            {"success":false,"data":null,"error":{"code":"FILE_NOT_FOUND","message":"file f_x does not exist"},"metadata":{}}""";

    @Test
    void shouldMapA4xxWrapperToExit3WithItsCodeAndMessage() throws Exception {
        try (FakeApi api = new FakeApi().answer("GET /api/v2/files/f_x", 404, NOT_FOUND)) {
            ApiResponse response = new ApiClient(URI.create(api.endpoint()), "t").getFile("f_x");

            assertThat(response.success()).isFalse();
            assertThat(response.errorCode()).isEqualTo("FILE_NOT_FOUND");
            assertThatThrownBy(response::data).isInstanceOfSatisfying(CliException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
                assertThat(e.getMessage()).isEqualTo("FILE_NOT_FOUND: file f_x does not exist");
            });
        }
    }

    @Test
    void shouldMapA5xxToExit4() throws Exception {
        try (FakeApi api = new FakeApi().answer("GET /api/v2/health", 503, """
                {"success":false,"data":null,"error":{"code":"STORAGE_UNAVAILABLE","message":"try again"},"metadata":{}}""")) {
            ApiResponse response = new ApiClient(URI.create(api.endpoint()), null).health();

            assertThatThrownBy(response::data).isInstanceOfSatisfying(CliException.class,
                    e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR));
        }
    }

    @Test
    void shouldReportABodyThatIsNotTheWrapperWithItsStatus() throws Exception {
        try (FakeApi api = new FakeApi().answerText("GET /api/v2/health", 502, "<html>Bad Gateway</html>")) {
            ApiResponse response = new ApiClient(URI.create(api.endpoint()), null).health();

            assertThatThrownBy(response::data).isInstanceOfSatisfying(CliException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
                assertThat(e.getMessage()).contains("HTTP 502").contains("not the API's JSON wrapper").contains("Bad Gateway");
            });
        }
    }

    @Test
    void shouldHintAtTheTokenWhenUnauthenticated() throws Exception {
        try (FakeApi api = new FakeApi().answer("GET /api/v2/files?page_size=5", 401, """
                {"success":false,"data":null,"error":{"code":"UNAUTHENTICATED","message":"no token"},"metadata":{}}""")) {
            ApiResponse response = new ApiClient(URI.create(api.endpoint()), null).listFiles(5, null);

            assertThatThrownBy(response::data).isInstanceOfSatisfying(CliException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
                assertThat(e.getMessage()).isEqualTo("UNAUTHENTICATED: no token (pass --token or set KAI_TOKEN)");
            });
        }
    }

    @Test
    void shouldSendTheBearerTokenAndJsonBodies() throws Exception {
        try (FakeApi api = new FakeApi().answer("POST /api/v2/files/f_x/query", 200, """
                {"success":true,"data":{},"error":null,"metadata":{}}""")) {
            new ApiClient(URI.create(api.endpoint()), "abc.def").query("f_x", "SELECT 1", 10).data();

            FakeApi.Request request = api.requests().get(0);
            assertThat(request.authorization()).isEqualTo("Bearer abc.def");
            assertThat(request.body()).isEqualTo("{\"sql\":\"SELECT 1\",\"limit\":10}");
        }
    }

    @Test
    void shouldExitWith5WhenNothingListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ApiClient client = new ApiClient(URI.create("http://127.0.0.1:" + port), null);

        assertThatThrownBy(client::health).isInstanceOfSatisfying(CliException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.CANNOT_CONNECT);
            assertThat(e.getMessage()).startsWith("cannot connect to http://127.0.0.1:" + port + ": connection refused")
                    .contains("kai local up");
        });
    }

    @Test
    void shouldFetchTheLocalDevelopmentToken() throws Exception {
        try (FakeApi api = new FakeApi().answerText("GET /_local/dev-token", 200, "dev.token.value\n")) {
            assertThat(new ApiClient(URI.create(api.endpoint()), null).fetchDevToken()).contains("dev.token.value");
        }
    }

    @Test
    void shouldNormaliseEndpointsAndRecogniseLoopback() {
        assertThat(Endpoints.parse("http://127.0.0.1:8787/api/v2/")).isEqualTo(URI.create("http://127.0.0.1:8787"));
        assertThat(Endpoints.isLoopback(URI.create("http://localhost:8787"))).isTrue();
        assertThat(Endpoints.isLoopback(URI.create("http://127.1.2.3"))).isTrue();
        assertThat(Endpoints.isLoopback(URI.create("http://[::1]:8787"))).isTrue();
        assertThat(Endpoints.isLoopback(URI.create("https://abc.execute-api.eu-west-1.amazonaws.com"))).isFalse();
        assertThatThrownBy(() -> Endpoints.parse("ftp://example.com")).isInstanceOfSatisfying(CliException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE));
    }
}
