package ai.kai.cli.knowledge;

import java.util.List;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai memory delete ID...}: forgets facts. */
@Command(name = "delete", description = "Forget saved facts by id (see kai memory list).")
public final class MemoryDeleteCommand extends ApiCommand {
    @Parameters(arity = "1..*", paramLabel = "ID", description = "The memories' ids.")
    List<String> ids;

    @Override
    protected int run(ApiClient api) {
        for (String id : ids) {
            emit(api.delete("/memory/" + ApiClient.segment(id)));
            if (!json()) {
                terminal().println("deleted " + id);
            }
        }
        return ExitCodes.OK;
    }
}
