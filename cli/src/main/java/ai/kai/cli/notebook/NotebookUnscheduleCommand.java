package ai.kai.cli.notebook;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai notebook unschedule NAME}: removes the notebook's schedule; runs already made stay. */
@Command(name = "unschedule", description = "Remove a notebook's schedule (its past runs and reports stay).")
public final class NotebookUnscheduleCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The notebook's name or id.")
    String name;

    @Override
    protected int run(ApiClient api) {
        ApiResponse response = api.delete("/notebooks/" + ApiClient.segment(name) + "/schedule");
        emit(response);
        if (!json()) {
            terminal().println("unscheduled " + name);
        }
        return ExitCodes.OK;
    }
}
