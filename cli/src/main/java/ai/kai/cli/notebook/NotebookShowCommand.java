package ai.kai.cli.notebook;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai notebook show NAME}: the notebook's file, parameters, cells and schedule. */
@Command(name = "show", description = "Show a notebook: file, parameters, cells in order, and its schedule if it has one.")
public final class NotebookShowCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The notebook's name or id.")
    String name;

    @Override
    protected int run(ApiClient api) {
        String route = "/notebooks/" + ApiClient.segment(name);
        JsonNode n = emit(api.get(route));
        if (json()) {
            return ExitCodes.OK;
        }
        var style = terminal().style();
        terminal().println(style.bold(n.path("name").asText()) + "  (" + n.path("id").asText() + ")");
        if (!n.path("description").asText("").isBlank()) {
            terminal().println(n.path("description").asText());
        }
        terminal().println("file: " + n.path("file_id").asText("-") + "   template: " + n.path("template").asText("-")
                + "   time zone: " + n.path("time_zone").asText("UTC"));
        terminal().println("parameters:");
        for (JsonNode p : n.path("parameters")) {
            terminal().println("  " + p.path("name").asText() + " (" + p.path("type").asText() + ")"
                    + (p.hasNonNull("default_value") ? " default " + p.path("default_value").asText() : " required")
                    + (p.path("options").isEmpty() ? "" : " one of " + p.path("options")));
        }
        terminal().println("cells:");
        for (JsonNode c : n.path("cells")) {
            terminal().println("  " + c.path("id").asText() + "  " + c.path("type").asText()
                    + (c.hasNonNull("title") ? "  " + c.path("title").asText() : ""));
        }
        ApiResponse schedule = api.get(route + "/schedule");
        if (schedule.success()) {
            JsonNode s = schedule.data();
            terminal().println("schedule: " + s.path("expression").asText() + " (" + s.path("time_zone").asText() + "), next "
                    + (s.path("next_runs").isEmpty() ? "-" : s.path("next_runs").get(0).asText()));
        } else {
            terminal().println("schedule: none");
        }
        return ExitCodes.OK;
    }
}
