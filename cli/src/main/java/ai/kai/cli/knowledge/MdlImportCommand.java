package ai.kai.cli.knowledge;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai mdl import FILE.yaml}: stores (or replaces) the layer of the source the file names. */
@Command(name = "import", description = "Store or replace a semantic layer from a YAML file (its 'source' says whose).")
public final class MdlImportCommand extends MdlYamlCommand {
    @Parameters(index = "0", paramLabel = "FILE.yaml", description = "The layer.")
    Path file;

    @Override
    protected int run(ApiClient api) {
        String yaml = read(file);
        String source = sourceOf(yaml, file);
        JsonNode stored = emit(api.put("/mdl/" + ApiClient.segment(source), Map.of("yaml", yaml)));
        if (!json()) {
            JsonNode models = stored.path("layer").path("models");
            int metrics = 0;
            for (JsonNode m : models) {
                metrics += m.path("metrics").size();
            }
            terminal().println("stored the semantic layer of " + source + ": " + models.size() + " models, " + metrics + " metrics");
        }
        return ExitCodes.OK;
    }
}
