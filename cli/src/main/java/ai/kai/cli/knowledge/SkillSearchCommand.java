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

/** {@code kai skill search QUERY}: the skills that fit a task, best first. */
@Command(name = "search", description = "Find skills by meaning, best first.")
public final class SkillSearchCommand extends ApiCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The task, e.g. \"customer retention by month\".")
    List<String> words;

    @Option(names = "--limit", defaultValue = "5", description = "How many results (1-50, default 5).")
    int limit;

    @Override
    protected int run(ApiClient api) {
        ApiResponse response = api.get("/skills/search?q=" + ApiClient.segment(String.join(" ", words)) + "&limit=" + limit);
        Table table = Ranked.results(emit(response), "skill", List.of("name", "description"));
        if (!json()) {
            Ranked.print(terminal(), table, "results");
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }
}
