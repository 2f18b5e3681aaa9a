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

/** {@code kai notebook list [--tag T]}: the tenant's notebooks. */
@Command(name = "list", description = "List the notebooks: name, id, template, cells, file, updated.")
public final class NotebookListCommand extends ApiCommand {
    @Option(names = "--tag", paramLabel = "TAG", description = "Only notebooks with this tag.")
    String tag;

    @Override
    protected int run(ApiClient api) {
        ApiResponse response = api.get("/notebooks" + (tag == null ? "" : "?tag=" + ApiClient.segment(tag)));
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode n : emit(response)) {
            rows.add(List.of(n.path("name").asText(), n.path("id").asText(), n.path("template").asText(""),
                    n.path("cells").size(), n.path("file_id").asText(""), n.path("updated_at").asText()));
        }
        Table table = new Table(List.of("name", "id", "template", "cells", "file", "updated (UTC)"),
                List.of("VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "VARCHAR", "VARCHAR"), rows);
        if (!json()) {
            if (rows.isEmpty()) {
                terminal().println("(no notebooks; create one with: kai notebook create NAME --from-template sales_analysis --file F)");
            } else {
                terminal().out().print(new TableRenderer(terminal().width(), terminal().style()).keepingWhole("name", "id")
                        .render(table, "(" + rows.size() + (rows.size() == 1 ? " notebook)" : " notebooks)")));
                terminal().out().flush();
            }
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }
}
