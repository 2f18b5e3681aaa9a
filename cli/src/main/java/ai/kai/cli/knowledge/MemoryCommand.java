package ai.kai.cli.knowledge;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kai memory}: facts the tenant or the agent saved, recalled by meaning. */
@Command(name = "memory", description = "Saved facts: add, list, search, delete.",
        subcommands = {MemoryAddCommand.class, MemoryListCommand.class, MemorySearchCommand.class, MemoryDeleteCommand.class})
public final class MemoryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a memory command: add, list, search or delete");
    }
}
