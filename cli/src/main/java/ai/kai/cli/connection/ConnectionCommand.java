package ai.kai.cli.connection;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kai connection}: the tenant's database connections. */
@Command(name = "connection", description = "Database connections: create, list, test, schema, delete (query with kai query --db).",
        subcommands = {ConnectionCreateCommand.class, ConnectionListCommand.class, ConnectionTestCommand.class,
            ConnectionSchemaCommand.class, ConnectionDeleteCommand.class})
public final class ConnectionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a connection command: create, list, test, schema or delete");
    }
}
