package ai.kai.cli.knowledge;

import java.util.List;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Table;
import picocli.CommandLine.Command;

/** {@code kai skill list}: built-in skills, then the tenant's own. */
@Command(name = "list", description = "List the skills: built-in ones, then your own.")
public final class SkillListCommand extends ApiCommand {
    @Override
    protected int run(ApiClient api) {
        ApiResponse response = api.get("/skills");
        Table table = Ranked.rows(emit(response).path("skills"), List.of("name", "description", "tags", "built-in"),
                s -> List.of(s.path("name").asText(), s.path("description").asText(),
                        Ranked.text(s.path("tags")), s.path("built_in").asBoolean() ? "yes" : ""));
        if (!json()) {
            Ranked.print(terminal(), table, table.size() == 1 ? "skill" : "skills");
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }
}
