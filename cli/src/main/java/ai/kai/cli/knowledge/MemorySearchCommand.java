package ai.kai.cli.knowledge;

import java.util.List;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai memory search QUERY}: the saved facts closest in meaning. */
@Command(name = "search", description = "Find saved facts by meaning, best first.")
public final class MemorySearchCommand extends ApiCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> words;

    @Option(names = "--limit", defaultValue = "5", description = "How many results (1-50, default 5).")
    int limit;

    @Override
    protected int run(ApiClient api) {
        ApiResponse response = api.get("/memory/search?q=" + ApiClient.segment(String.join(" ", words)) + "&limit=" + limit);
        Table table = Ranked.results(emit(response), "memory", List.of("id", "fact", "source"));
        if (!json()) {
            Ranked.print(terminal(), table, "results");
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }
}
