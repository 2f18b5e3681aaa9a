package ai.kai.cli.notebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai notebook import FILE.yaml}: a notebook written in YAML (the templates' format). */
@Command(name = "import", description = {"Create a notebook from a YAML file (the format of notebook-templates/ and of export --format yaml).",
    "Example: kai notebook import monthly-review.yaml"})
public final class NotebookImportCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "FILE.yaml", description = "The notebook in YAML.")
    Path file;

    @Override
    protected void validate() {
        if (!Files.isRegularFile(file)) {
            throw CliException.usage("cannot read " + file + ": no such file");
        }
    }

    @Override
    protected int run(ApiClient api) {
        String yaml;
        try {
            yaml = Files.readString(file);
        } catch (IOException e) {
            throw CliException.local("cannot read " + file + ": " + e.getMessage(), e);
        }
        ApiResponse response = api.sendText("POST", "/notebooks/import", "application/yaml", yaml);
        JsonNode notebook = emit(response);
        if (!json()) {
            terminal().println("imported " + notebook.path("name").asText() + " (" + notebook.path("id").asText() + "), "
                    + notebook.path("cells").size() + " cells");
        }
        return ExitCodes.OK;
    }
}
