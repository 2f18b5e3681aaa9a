package ai.kai.cli.knowledge;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.file.FileTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kai mdl generate --file F | --db ALIAS --table T [--output mdl.yaml]}: drafts a semantic layer. */
@Command(name = "generate", description = "Draft a semantic layer from a file's profile or a connection table's schema.")
public final class MdlGenerateCommand extends MdlYamlCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--file", paramLabel = "FILE", description = "A local file (uploaded first), a file id or a name.")
        String file;

        @Option(names = "--db", paramLabel = "ALIAS", description = "A connection alias (with --table).")
        String db;
    }

    @Option(names = "--table", paramLabel = "TABLE", description = "The connection's table ([schema.]table).")
    String table;

    @Override
    protected void validate() {
        if (target.db != null && (table == null || table.isBlank())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--db needs --table");
        }
    }

    @Override
    protected int run(ApiClient api) {
        Map<String, Object> body = target.file != null
                ? Map.of("file_id", FileTarget.fileId(api, terminal(), target.file))
                : Map.of("connection", target.db, "table", table);
        JsonNode draft = emit(api.post("/mdl/generate", body));
        writeYaml(draft.path("yaml").asText());
        if (!json()) {
            terminal().info("review it, then: kai mdl validate FILE.yaml && kai mdl import FILE.yaml");
        }
        return ExitCodes.OK;
    }
}
