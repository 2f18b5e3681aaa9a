package ai.kai.cli.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Table;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kai mdl validate FILE.yaml | --source S}: checks a layer against its data; prints every problem with its line
 * and exits 1 when there is one.
 */
@Command(name = "validate", description = "Check a semantic layer (a YAML file, or the stored one with --source) against its data.")
public final class MdlValidateCommand extends MdlYamlCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Parameters(index = "0", paramLabel = "FILE.yaml", description = "The layer to check.")
        Path file;

        @Option(names = "--source", paramLabel = "SOURCE", description = "Check the stored layer of this file id or alias.")
        String source;
    }

    @Override
    protected int run(ApiClient api) {
        ApiResponse response;
        if (what.file != null) {
            String yaml = read(what.file);
            response = api.post("/mdl/" + ApiClient.segment(sourceOf(yaml, what.file)) + "/validate", Map.of("yaml", yaml));
        } else {
            response = api.send("POST", "/mdl/" + ApiClient.segment(what.source) + "/validate", null);
        }
        JsonNode result = emit(response);
        Table problems = Ranked.rows(result.path("problems"), List.of("line", "path", "problem"),
                p -> List.of(p.path("line").asText(), p.path("path").asText(), p.path("message").asText()));
        if (!json()) {
            if (result.path("valid").asBoolean()) {
                terminal().println("valid: " + result.path("models_checked").asInt() + " models, "
                        + result.path("metrics_checked").asInt() + " metrics, " + result.path("relationships_checked").asInt()
                        + " relationships checked against the data");
            } else {
                Ranked.print(terminal(), problems, problems.size() == 1 ? "problem" : "problems");
            }
        }
        return result.path("valid").asBoolean() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
