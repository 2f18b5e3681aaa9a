package ai.kai.cli.notebook;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai notebook schedule NAME --cron "0 8 1 * *" --timezone Europe/Berlin [--param k=v]}: create or replace its schedule. */
@Command(name = "schedule", description = {"Run a notebook on a schedule (replaces its schedule if it has one).",
    "Cron in Unix 5-field form, or EventBridge cron(...) / rate(...).",
    "Example: kai notebook schedule monthly-review --cron \"0 8 1 * *\" --timezone Europe/Berlin"})
public final class NotebookScheduleCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The notebook's name or id.")
    String name;

    @Option(names = "--cron", required = true, paramLabel = "EXPR", description = "\"0 8 1 * *\", \"cron(0 8 1 * ? *)\" or \"rate(1 day)\".")
    String cron;

    @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "IANA time zone the cron and relative dates are read in (default ${DEFAULT-VALUE}).")
    String timezone;

    @Mixin
    ParameterOptions parameters;

    @Override
    protected void validate() {
        parameters.values();
    }

    @Override
    protected int run(ApiClient api) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cron", cron);
        body.put("timezone", timezone);
        body.put("parameters", parameters.values());
        JsonNode s = emit(api.post("/notebooks/" + ApiClient.segment(name) + "/schedule", body));
        if (!json()) {
            terminal().println("scheduled " + name + ": " + s.path("expression").asText() + " in " + s.path("time_zone").asText()
                    + " (EventBridge " + s.path("event_bridge_expression").asText() + ")");
            terminal().println("next runs (UTC):");
            s.path("next_runs").forEach(t -> terminal().println("  " + t.asText()));
        }
        return ExitCodes.OK;
    }
}
