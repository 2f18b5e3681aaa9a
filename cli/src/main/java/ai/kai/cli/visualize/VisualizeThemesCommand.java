package ai.kai.cli.visualize;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.TableRenderer;
import picocli.CommandLine.Command;

/** {@code kai visualize themes}: lists the chart themes (built-in and the tenant's own); create and delete below it. */
@Command(name = "themes", description = {"List chart themes; create or delete custom ones.",
    "Example: kai visualize themes create brand --from brand-theme.json"},
        subcommands = {ThemesCreateCommand.class, ThemesDeleteCommand.class})
public final class VisualizeThemesCommand extends ApiCommand {
    @Override
    protected int run(ApiClient api) {
        ApiResponse response = api.get("/visualizations/themes");
        JsonNode data = emit(response);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode t : data.path("themes")) {
            List<String> colorway = new ArrayList<>();
            t.path("colorway").forEach(c -> colorway.add(c.asText()));
            rows.add(List.of(t.path("name").asText(), t.path("built_in").asBoolean() ? "built-in" : "custom",
                    String.join(" ", colorway.subList(0, Math.min(5, colorway.size()))) + (colorway.size() > 5 ? " …" : ""),
                    t.path("paper_background").asText(), t.path("font_family").asText()));
        }
        Table table = new Table(List.of("name", "kind", "colorway", "paper", "font"), null, rows);
        if (!json()) {
            terminal().out().print(new TableRenderer(terminal().width(), terminal().style()).render(table,
                    rows.size() + " themes"));
            terminal().out().flush();
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }
}
