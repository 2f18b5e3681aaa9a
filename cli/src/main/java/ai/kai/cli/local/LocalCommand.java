package ai.kai.cli.local;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kai local}: the local stack on this machine. */
@Command(name = "local", description = "Run the whole stack on this machine (no Docker, no AWS account).",
        subcommands = {LocalUpCommand.class, LocalTokenCommand.class})
public final class LocalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a local command: up or token");
    }
}
