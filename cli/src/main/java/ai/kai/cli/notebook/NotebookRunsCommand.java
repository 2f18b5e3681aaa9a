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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai notebook runs NAME}: the notebook's runs, newest first, with their trigger and cell counts. */
@Command(name = "runs", description = "List a notebook's runs, newest first: run id, trigger (manual|schedule), status, cells, times.")
public final class NotebookRunsCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The notebook's name or id.")
    String name;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N runs (1-100, default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    protected int run(ApiClient api) {
        ApiResponse response = api.get("/notebooks/" + ApiClient.segment(name) + "/runs?limit=" + limit);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode r : emit(response)) {
            long ok = 0;
            for (JsonNode c : r.path("cells")) {
                ok += c.path("status").asText().equals("success") ? 1 : 0;
            }
            rows.add(List.of(r.path("run_id").asText(), r.path("trigger").asText(), r.path("status").asText(),
                    ok + "/" + r.path("cells").size(), r.path("created_at").asText(), r.path("finished_at").asText("")));
        }
        Table table = new Table(List.of("run", "trigger", "status", "cells ok", "created (UTC)", "finished (UTC)"),
                List.of("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR"), rows);
        if (!json()) {
            if (rows.isEmpty()) {
                terminal().println("(no runs; start one with: kai notebook run " + name + ")");
            } else {
                terminal().out().print(new TableRenderer(terminal().width(), terminal().style()).keepingWhole("run")
                        .render(table, "(" + rows.size() + (rows.size() == 1 ? " run)" : " runs)")));
                terminal().out().flush();
            }
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }
}
