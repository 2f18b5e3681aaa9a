package ai.kai.cli.connection;

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

/** {@code kai connection list}: aliases, types and redacted URIs. */
@Command(name = "list", description = "List the connections: alias, type, redacted URI, created.")
public final class ConnectionListCommand extends ApiCommand {
    @Override
    protected int run(ApiClient api) {
        List<List<Object>> rows = new ArrayList<>();
        ApiResponse response;
        String cursor = null;
        do {
            response = api.get("/connections?page_size=100" + (cursor == null ? "" : "&cursor=" + ApiClient.segment(cursor)));
            for (JsonNode c : emit(response)) {
                rows.add(List.of(c.path("alias").asText(), c.path("type").asText(), c.path("uri").asText(),
                        c.path("created_at").asText()));
            }
            JsonNode next = response.metadata().get("next_cursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        Table table = new Table(List.of("alias", "type", "uri", "created (UTC)"),
                List.of("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR"), rows);
        if (!json()) {
            if (rows.isEmpty()) {
                terminal().println("(no connections; add one with: kai connection create URI --alias NAME)");
            } else {
                terminal().out().print(new TableRenderer(terminal().width(), terminal().style()).keepingWhole("alias", "type")
                        .render(table, "(" + rows.size() + (rows.size() == 1 ? " connection)" : " connections)")));
                terminal().out().flush();
            }
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }
}
