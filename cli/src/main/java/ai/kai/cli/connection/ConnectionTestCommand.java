package ai.kai.cli.connection;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai connection test ALIAS}: connects and runs the source's health check. */
@Command(name = "test", description = "Connect and run a health check; exit code 3 if the source refuses (e.g. a wrong password).")
public final class ConnectionTestCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "ALIAS", description = "The connection's alias.")
    String alias;

    @Override
    protected int run(ApiClient api) {
        JsonNode result = emit(api.post("/connections/" + ApiClient.segment(alias) + "/test", Map.of()));
        if (!json()) {
            terminal().println("ok: " + alias + " (" + result.path("server_version").asText("?") + ", "
                    + result.path("latency_ms").asLong() + " ms)");
        }
        return ExitCodes.OK;
    }
}
