package ai.kai.cli.notebook;

import java.util.List;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai notebook delete NAME...}: removes notebooks, their runs, reports and schedules. */
@Command(name = "delete", description = "Delete notebooks with their runs, reports and schedules.")
public final class NotebookDeleteCommand extends ApiCommand {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The notebooks' names or ids.")
    List<String> names;

    @Override
    protected int run(ApiClient api) {
        for (String name : names) {
            ApiResponse response = api.delete("/notebooks/" + ApiClient.segment(name));
            emit(response);
            if (!json()) {
                terminal().println("deleted " + name);
            }
        }
        return ExitCodes.OK;
    }
}
