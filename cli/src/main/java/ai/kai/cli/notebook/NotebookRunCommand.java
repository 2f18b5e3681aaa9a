package ai.kai.cli.notebook;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.output.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kai notebook run NAME --param k=v …}: starts a run and shows each cell as it finishes. Exit 0 when every
 * cell succeeded, 1 when the run failed or was skipped (the failing cells are printed with their errors).
 */
@Command(name = "run", description = {"Run a notebook with live per-cell progress; exit 0 when all cells succeed, 1 otherwise.",
    "Example: kai notebook run monthly-review --param start_date=2025-11-01"})
public final class NotebookRunCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The notebook's name or id.")
    String name;

    @Mixin
    ParameterOptions parameters;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "1800",
            description = "Give up waiting after this long (exit 7; the run goes on). Default ${DEFAULT-VALUE}.")
    long waitSeconds;

    @Override
    protected void validate() {
        parameters.values();
        if (waitSeconds < 1) {
            throw CliException.usage("--wait-timeout must be at least 1 second");
        }
    }

    @Override
    protected int run(ApiClient api) {
        Terminal progress = json() ? Terminal.plain(terminal().err(), terminal().err()) : terminal();
        JsonNode run = new RunWatcher(api, progress).run(name, parameters.values(), Duration.ofSeconds(waitSeconds));
        if (json()) {
            terminal().out().println(run.toString());
            terminal().out().flush();
        }
        return run.path("status").asText().equals("success") ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
