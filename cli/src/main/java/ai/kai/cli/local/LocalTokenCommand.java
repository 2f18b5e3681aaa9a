package ai.kai.cli.local;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.local.LocalStackOptions;
import ai.kai.local.LocalTokens;
import ai.kai.tenancy.TenantId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kai local token --tenant NAME}: a token the local stack accepts, for that tenant. */
@Command(name = "token", description = {"Print a bearer token the local stack accepts for a tenant (valid 30 days).",
    "Use it as: KAI_TOKEN=$(kai local token --tenant acme) kai file list"})
public final class LocalTokenCommand implements Callable<Integer> {
    @Option(names = "--tenant", paramLabel = "NAME", defaultValue = "dev", description = "The tenant (default ${DEFAULT-VALUE}).")
    String tenant;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The local stack's data dir, which holds its signing key (default $KAI_HOME/local or ~/.kai/local).")
    Path dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            TenantId.of(tenant);
        } catch (RuntimeException e) {
            throw CliException.usage("--tenant must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        Path dir = dataDir != null ? dataDir : LocalStackOptions.defaultDataDir();
        String token;
        try {
            token = LocalTokens.forDataDir(dir).mint(tenant);
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot mint a token: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
