package ai.kai.cli.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.connection.DbSource;
import ai.kai.cli.file.FileTarget;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.TableRenderer;
import picocli.CommandLine.Option;

/**
 * The shape of an analysis command ({@code kai stats …}, {@code kai forecast …}): {@code --file} names the data (a
 * local path is uploaded first), or {@code --db ALIAS} with {@code --sql}/{@code --table} a query on a connection;
 * one POST to an analytics route, {@code --json} prints the answer as received, else
 * a table and the interpretation; {@code --output} writes the table (.csv, .parquet) or the response (.json).
 */
public abstract class FileAnalysisCommand extends ApiCommand {
    @Option(names = "--file", paramLabel = "PATH_OR_ID",
            description = "A local file to upload first, or a file_id or uploaded name.")
    protected String file;

    @Option(names = "--db", paramLabel = "ALIAS", description = "Analyse the result of a query on this connection.")
    protected String db;

    @Option(names = "--sql", paramLabel = "SQL", description = "With --db: one read-only query, in the database's SQL.")
    protected String sql;

    @Option(names = "--table", paramLabel = "TABLE", description = "With --db: shorthand for --sql \"SELECT * FROM TABLE\".")
    protected String table;

    private String fileId;

    /** The request fields naming the data: {@code file_id}, or {@code connection} and {@code sql}. */
    protected Map<String, Object> source(ApiClient api) {
        if ((file == null) == (db == null && sql == null && table == null)) {
            throw CliException.usage("name the data with --file PATH_OR_ID or with --db ALIAS and --sql/--table, not both");
        }
        return file != null ? Map.of("file_id", fileId(api)) : DbSource.fields(db, sql, table);
    }

    /** Charts are drawn from a file's history; a connection's query has none to read back. */
    protected void requireFileFor(String option) {
        if (file == null) {
            throw CliException.usage(option + " draws the history of a --file; with --db, use --json or --output instead");
        }
    }

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
