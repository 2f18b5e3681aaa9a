package ai.kai.cli.agent;

import ai.kai.cli.api.ApiClient;
import ai.kai.cli.file.FileTarget;
import ai.kai.cli.output.Terminal;
import picocli.CommandLine.Option;

/** {@code --file FILE | --db ALIAS}: what the agent's questions are about (one picocli group, exactly one of them). */
final class AgentSourceOptions {
    @Option(names = "--file", paramLabel = "FILE", description = "A local path (uploaded first), a file_id or an uploaded name.")
    String file;

    @Option(names = "--db", paramLabel = "ALIAS", description = "A connection alias (kai connection list): the agent "
            + "queries it read-only in its own SQL dialect.")
    String db;

    /** A request field and its value: {@code connection} and the alias, or {@code file_id}. */
    record Target(String field, String value) {
    }

    /** The target of the questions; a local path is uploaded first. */
    Target resolve(ApiClient api, Terminal terminal) {
        return db != null ? new Target("connection", db) : new Target("file_id", FileTarget.fileId(api, terminal, file));
    }
}
