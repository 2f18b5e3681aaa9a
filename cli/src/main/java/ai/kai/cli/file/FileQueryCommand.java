package ai.kai.cli.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.TableRenderer;
import ai.kai.query.QueryResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai file query FILE SQL}: one read-only statement over the file's table {@code data}. */
@Command(name = "query", description = {"Run one read-only SQL statement (DuckDB dialect) over a file's table 'data'.",
    "Example: kai file query sales.csv \"SELECT region, SUM(revenue) FROM data GROUP BY region\""})
public final class FileQueryCommand extends ApiCommand {
    static final int MAX_LIMIT = 100_000;

    @Parameters(index = "0", paramLabel = "FILE", description = "A file_id or an uploaded name (the newest file of that name).")
    String file;

    @Parameters(index = "1", paramLabel = "SQL", description = "The statement; '-' reads it from standard input.")
    String sql;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "Most rows to return, 1-100000 (default ${DEFAULT-VALUE}); more are cut and the result marked truncated.")
    int limit;

    @Override
    protected void validate() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw CliException.usage("--limit must be between 1 and " + MAX_LIMIT);
        }
        if ("-".equals(sql)) {
            try {
                sql = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CliException.local("cannot read SQL from standard input: " + e.getMessage(), e);
            }
        }
        if (sql.isBlank()) {
            throw CliException.usage("the SQL statement is empty");
        }
    }

    @Override
    protected int run(ApiClient api) {
        String fileId = new FileResolver(api, note -> terminal().info("note: " + note)).resolve(file);
        ApiResponse response = api.query(fileId, sql, limit);
        emit(response);
        QueryResult result = response.data(QueryResult.class);
        Table table = new Table(result.columns(), result.types(), result.rows());
        if (!json()) {
            String footer = TableRenderer.footer(result.rowCount(), result.executionTimeMs(), result.truncated());
            terminal().out().print(new TableRenderer(terminal().width(), terminal().style()).render(table, footer));
            terminal().out().flush();
            if (result.truncated()) {
                terminal().info("the result was cut at " + result.rowCount() + " rows: raise --limit (up to " + MAX_LIMIT
                        + ") or aggregate");
            }
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }
}
