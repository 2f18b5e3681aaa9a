package ai.kai.cli.visualize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.CliJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai visualize themes create NAME --from theme.json}: stores a custom theme; prints its name. */
@Command(name = "create", description = {"Create a custom theme from a JSON file (colorway, paper_background, "
        + "plot_background, font_family, font_size, font_color, grid_color, line_color).",
    "Example theme.json: {\"colorway\": [\"#1f77b4\", \"#ff7f0e\"], \"paper_background\": \"#ffffff\"}"})
public final class ThemesCreateCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The theme's name (letters, digits, '_' or '-').")
    String name;

    @Option(names = "--from", required = true, paramLabel = "THEME.json", description = "The theme's settings as a JSON object.")
    Path from;

    private ObjectNode theme;

    @Override
    protected void validate() {
        try {
            JsonNode parsed = CliJson.readTree(Files.readString(from));
            if (parsed == null || !parsed.isObject()) {
                throw CliException.local(from + " must hold a JSON object of theme settings", null);
            }
            theme = (ObjectNode) parsed;
        } catch (IOException e) {
            throw CliException.local("cannot read " + from + ": " + e.getMessage(), e);
        }
        theme.put("name", name);
    }

    @Override
    protected int run(ApiClient api) {
        JsonNode created = emit(api.post("/visualizations/themes", theme));
        if (!json()) {
            terminal().println(created.path("name").asText());
        }
        return ExitCodes.OK;
    }
}
