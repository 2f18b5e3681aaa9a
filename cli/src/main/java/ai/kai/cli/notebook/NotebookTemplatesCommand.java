package ai.kai.cli.notebook;

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

/** {@code kai notebook templates}: the templates a notebook can be created from. */
@Command(name = "templates", description = "List the notebook templates: id, parameters, cells, description.")
public final class NotebookTemplatesCommand extends ApiCommand {
    @Override
    protected int run(ApiClient api) {
        ApiResponse response = api.get("/notebooks/templates");
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode t : emit(response)) {
            List<String> params = new ArrayList<>();
            t.path("parameters").forEach(p -> params.add(p.path("name").asText()));
            rows.add(List.of(t.path("id").asText(), String.join(", ", params), t.path("cells").asInt(),
                    t.path("description").asText()));
        }
        Table table = new Table(List.of("template", "parameters", "cells", "description"),
                List.of("VARCHAR", "VARCHAR", "INTEGER", "VARCHAR"), rows);
        if (!json()) {
            terminal().out().print(new TableRenderer(terminal().width(), terminal().style()).keepingWhole("template")
                    .render(table, "(" + rows.size() + " templates; create one with: kai notebook create NAME --from-template T --file F)"));
            terminal().out().flush();
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }
}
