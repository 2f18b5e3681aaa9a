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
import picocli.CommandLine.Parameters;

/** {@code kai connection schema ALIAS}: the source's schemas and tables. */
@Command(name = "schema", description = "List the schemas, tables and views of a connection.")
public final class ConnectionSchemaCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "ALIAS", description = "The connection's alias.")
    String alias;

    @Override
    protected int run(ApiClient api) {
        ApiResponse response = api.get("/connections/" + ApiClient.segment(alias) + "/schema");
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode schema : emit(response).path("schemas")) {
            for (JsonNode t : schema.path("tables")) {
                rows.add(List.of(schema.path("name").asText(), t.path("name").asText(), t.path("kind").asText()));
            }
        }
        Table table = new Table(List.of("schema", "table", "kind"), List.of("VARCHAR", "VARCHAR", "VARCHAR"), rows);
        if (!json()) {
            terminal().out().print(new TableRenderer(terminal().width(), terminal().style())
                    .render(table, "(" + rows.size() + (rows.size() == 1 ? " table)" : " tables)")));
            terminal().out().flush();
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }
}
