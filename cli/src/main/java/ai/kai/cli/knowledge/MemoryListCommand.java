package ai.kai.cli.knowledge;

import java.util.List;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Table;
import picocli.CommandLine.Command;

/** {@code kai memory list}: every saved fact, newest first. */
@Command(name = "list", description = "List the saved facts, newest first.")
public final class MemoryListCommand extends ApiCommand {
    @Override
    protected int run(ApiClient api) {
        ApiResponse response = api.get("/memory");
        Table table = Ranked.rows(emit(response).path("memories"), List.of("id", "fact", "source", "created (UTC)"),
                m -> List.of(m.path("id").asText(), m.path("fact").asText(), m.path("source").asText(),
                        m.path("created_at").asText()));
        if (!json()) {
            Ranked.print(terminal(), table, table.size() == 1 ? "memory" : "memories");
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }
}
