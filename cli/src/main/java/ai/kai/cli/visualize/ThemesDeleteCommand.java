package ai.kai.cli.visualize;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai visualize themes delete NAME}: deletes a custom theme. */
@Command(name = "delete", description = "Delete a custom theme (the built-in default and dark stay).")
public final class ThemesDeleteCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The custom theme to delete.")
    String name;

    @Override
    protected int run(ApiClient api) {
        emit(api.delete("/visualizations/themes/" + ApiClient.segment(name)));
        terminal().info("deleted theme " + name);
        return ExitCodes.OK;
    }
}
