package ai.kai.cli.knowledge;

import java.util.List;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai skill delete NAME...}: removes your own skills (built-ins stay). */
@Command(name = "delete", description = "Delete your own skills by name.")
public final class SkillDeleteCommand extends ApiCommand {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The skills' names.")
    List<String> names;

    @Override
    protected int run(ApiClient api) {
        for (String name : names) {
            emit(api.delete("/skills/" + ApiClient.segment(name)));
            if (!json()) {
                terminal().println("deleted " + name);
            }
        }
        return ExitCodes.OK;
    }
}
