package ai.kai.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Formats;
import ai.kai.cli.output.ResultWriter;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.Terminal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape of a command that calls the API: endpoint and output options mixed in, the client made once,
 * {@code --json} printing each main response as received, {@code --output} writing the artifact.
 */
public abstract class ApiCommand implements Callable<Integer> {
    @Mixin
    protected EndpointOptions endpointOptions;

    @Mixin
    protected OutputOptions outputOptions;

    @Spec
    protected CommandSpec spec;

    private Terminal terminal;

    @Override
    public final Integer call() {
        validateOutput();
        validate();
        return run(endpointOptions.connect());
    }

    /** Fails with a usage error if {@code --output} names a format this command does not write. */
    protected void validateOutput() {
        outputOptions.validate();
    }

    /** Checks that need no request (local files, option combinations), before connecting. */
    protected void validate() {
    }

    protected abstract int run(ApiClient api);

    protected Terminal terminal() {
        if (terminal == null) {
            terminal = Terminal.detect(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return terminal;
    }

    protected boolean json() {
        return outputOptions.json();
    }

    /** The response's data; with {@code --json} the response is printed first, as received, success or not. */
    protected JsonNode emit(ApiResponse response) {
        if (json()) {
            String body = response.body() == null ? "" : response.body();
            terminal().out().print(body.endsWith("\n") ? body : body + "\n");
            terminal().out().flush();
        }
        return response.data();
    }

    /** Writes {@code --output} if given: the table as CSV/Parquet, or the response as JSON. */
    protected void writeArtifact(ApiResponse response, Table table) {
        outputOptions.output().ifPresent(path -> {
            ResultWriter.write(path, table, response.body());
            terminal().info("wrote " + (ResultWriter.formatOf(path) == ResultWriter.Format.JSON ? "the response"
                    : Formats.plural(table.size(), "row", "rows")) + " to " + path);
        });
    }
}
