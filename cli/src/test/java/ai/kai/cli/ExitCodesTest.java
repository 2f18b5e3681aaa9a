package ai.kai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/** What scripts rely on: exit codes and a one-line reason on stderr, whatever went wrong. */
class ExitCodesTest {
    private static final String FILE_ID = "f_01m88bzcqfw0v2zbgkfjpf";

    @Test
    void shouldDocumentTheExitCodesInTheHelpFooter() {
        Kai.Run run = Kai.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "3  the API refused the request (HTTP 4xx)",
                "4  the API failed (HTTP 5xx)", "5  cannot connect", "6  the upload was stored but ingest failed");
    }

    @Test
    void shouldExitWith2OnAnUnknownOption() {
        Kai.Run run = Kai.run("file", "list", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void shouldExitWith2ForAnOutputFormatWeDoNotWrite() {
        Kai.Run run = Kai.run("file", "list", "--output", "result.xlsx", "--endpoint", "http://127.0.0.1:9");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("kai: --output must end in .csv, .parquet or .json (got result.xlsx)\n");
    }

    @Test
    void shouldExitWith3AndReasonOnUnknownFile() throws Exception {
        try (FakeApi api = new FakeApi().answer("GET /api/v2/files/" + FILE_ID, 404, """
                {"success":false,"data":null,"error":{"code":"FILE_NOT_FOUND","message":"file %s does not exist"},"metadata":{}}"""
                .formatted(FILE_ID))) {
            Kai.Run run = Kai.run("file", "show", FILE_ID, "--endpoint", api.endpoint(), "--token", "t");

            assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.CLIENT_ERROR);
            assertThat(run.err()).isEqualTo("kai: FILE_NOT_FOUND: file " + FILE_ID + " does not exist\n");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void shouldExitWith4OnAServerError() throws Exception {
        try (FakeApi api = new FakeApi().answer("GET /api/v2/files/" + FILE_ID, 500, """
                {"success":false,"data":null,"error":{"code":"INTERNAL_ERROR","message":"the server failed"},"metadata":{}}""")) {
            Kai.Run run = Kai.run("file", "show", FILE_ID, "--endpoint", api.endpoint(), "--token", "t");

            assertThat(run.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
            assertThat(run.err()).isEqualTo("kai: INTERNAL_ERROR: the server failed\n");
        }
    }

    @Test
    void shouldExitWith5WithOneLineWhenTheEndpointCannotBeReached() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Kai.Run run = Kai.run("file", "list", "--endpoint", "http://127.0.0.1:" + port);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CONNECT);
        assertThat(run.err().lines()).singleElement().asString().startsWith("kai: cannot connect to http://127.0.0.1:" + port);
    }

    @Test
    void shouldExitWith1WhenTheFileToUploadCannotBeRead() {
        Kai.Run run = Kai.run("file", "upload", "/no/such/dir/sales.csv", "--endpoint", "http://127.0.0.1:9");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).isEqualTo("kai: cannot read /no/such/dir/sales.csv: no such file\n");
    }

    @Test
    void shouldPrintTheResponseWrapperByteForByteWithJsonEvenOnFailure() throws Exception {
        String body = "{ \"success\" : false, \"data\" : null,\n  \"error\" : {\"code\":\"FILE_NOT_FOUND\",\"message\":\"gone\"},"
                + " \"metadata\" : {\"request_id\":\"r-1\"} }";
        try (FakeApi api = new FakeApi().answer("GET /api/v2/files/" + FILE_ID, 404, body)) {
            Kai.Run run = Kai.run("file", "show", FILE_ID, "--json", "--endpoint", api.endpoint(), "--token", "t");

            assertThat(run.out()).isEqualTo(body + "\n");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
        }
    }

    @Test
    void shouldUseTheLocalStacksDevelopmentTokenWhenNoneIsGivenForALoopbackEndpoint() throws Exception {
        try (FakeApi api = new FakeApi()
                .answerText("GET /_local/dev-token", 200, "the.dev.token")
                .answer("GET /api/v2/files?page_size=50", 200, """
                        {"success":true,"data":[],"error":null,"metadata":{"total":0,"page_size":50,"has_more":false,"next_cursor":null}}""")) {
            Kai.Run run = Kai.run("file", "list", "--endpoint", api.endpoint());

            assertThat(run.exitCode()).as(run.transcript()).isZero();
            assertThat(run.out()).contains("no files");
            assertThat(api.requests()).last().extracting(FakeApi.Request::authorization).isEqualTo("Bearer the.dev.token");
        }
    }

    @Test
    void shouldPreferAnExplicitTokenOverTheDevelopmentToken() throws Exception {
        try (FakeApi api = new FakeApi()
                .answerText("GET /_local/dev-token", 200, "the.dev.token")
                .answer("GET /api/v2/files?page_size=50", 200, """
                        {"success":true,"data":[],"error":null,"metadata":{"total":0,"page_size":50,"has_more":false,"next_cursor":null}}""")) {
            Kai.Run run = Kai.run("file", "list", "--endpoint", api.endpoint(), "--token", "mine");

            assertThat(run.exitCode()).isZero();
            assertThat(api.requests()).singleElement().extracting(FakeApi.Request::authorization).isEqualTo("Bearer mine");
        }
    }
}
