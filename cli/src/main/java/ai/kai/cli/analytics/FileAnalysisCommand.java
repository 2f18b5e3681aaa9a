package ai.kai.cli.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.file.FileTarget;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.TableRenderer;
import picocli.CommandLine.Option;

/**
 * The shape of an analysis command ({@code kai stats …}, {@code kai forecast …}): {@code --file} names the data (a
 * local path is uploaded first), one POST to an analytics route, {@code --json} prints the answer as received, else
 * a table and the interpretation; {@code --output} writes the table (.csv, .parquet) or the response (.json).
 */
public abstract class FileAnalysisCommand extends ApiCommand {
    @Option(names = "--file", required = true, paramLabel = "PATH_OR_ID",
            description = "A local file to upload first, or a file_id or uploaded name.")
    protected String file;

    private String fileId;

    /** The file_id of {@code --file}, uploading a local path once. */
    protected String fileId(ApiClient api) {
        if (fileId == null) {
            fileId = FileTarget.fileId(api, terminal(), file);
        }
        return fileId;
    }

    /** POSTs to {@code /analytics/<route>}; with --json prints the response; answers its data or fails with exit 3/4. */
    protected Answer analyse(ApiClient api, String route, Map<String, Object> body) {
        ApiResponse response = api.post("/analytics/" + route, body);
        JsonNode data = emit(response);
        return new Answer(response, data);
    }

    /** The response and its data. */
    protected record Answer(ApiResponse response, JsonNode data) {
    }

    /** Prints the table (unless --json) and writes --output. */
    protected void show(Answer answer, Table table, String footer) {
        if (!json()) {
            terminal().out().print(new TableRenderer(terminal().width(), terminal().style()).render(table, footer));
            terminal().out().flush();
        }
        writeArtifact(answer.response(), table);
    }

    /** A paragraph for people after the table (nothing with --json). */
    protected void say(String text) {
        if (!json() && text != null && !text.isBlank()) {
            terminal().out().println(text);
            terminal().out().flush();
        }
    }

    /** Lists given as "a,b" or repeated options, without blanks. */
    protected static List<String> names(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Fails with a usage error (exit 2) when {@code value} is not one of {@code allowed}. */
    protected static String oneOf(String option, String value, List<String> allowed) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        if (!allowed.contains(v)) {
            throw CliException.usage(option + " must be one of " + String.join(", ", allowed) + " (got " + value + ")");
        }
        return v;
    }
}
