package ai.kai.cli.connection;

import java.util.List;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai connection delete ALIAS...}: removes connections and their stored secrets. */
@Command(name = "delete", description = "Delete connections and their stored secrets (the databases are untouched).")
public final class ConnectionDeleteCommand extends ApiCommand {
    @Parameters(arity = "1..*", paramLabel = "ALIAS", description = "The connections' aliases.")
    List<String> aliases;

    @Override
    protected int run(ApiClient api) {
        for (String alias : aliases) {
            emit(api.delete("/connections/" + ApiClient.segment(alias)));
            if (!json()) {
                terminal().println("deleted " + alias);
            }
        }
        return ExitCodes.OK;
    }
}
