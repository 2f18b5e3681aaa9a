package ai.kai.cli.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.TableRenderer;
import ai.kai.query.QueryResult;
import picocli.CommandLine.Option;

/**
 * The shape of a command that runs one read-only SQL statement and shows the {@link QueryResult}: {@code --limit},
 * the statement ({@code -} reads it from standard input) checked before connecting, and the result as a table with
 * its footer, as {@code --json} or written to {@code --output}. Subclasses declare the SQL parameter and the request.
 */
public abstract class SqlQueryCommand extends ApiCommand {
    public static final int MAX_LIMIT = 100_000;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "Most rows to return, 1-100000 (default ${DEFAULT-VALUE}); more are cut and the result marked truncated.")
    protected int limit;

    private String statement;

    /** The SQL parameter as given: the statement, or {@code -} for standard input. */
    protected abstract String sqlArgument();

    @Override
    protected void validate() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw CliException.usage("--limit must be between 1 and " + MAX_LIMIT);
        }
        String sql = sqlArgument();
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
        statement = sql;
    }

    /** The statement to send, read from standard input where the argument was {@code -}; set by {@link #validate()}. */
    protected String statement() {
        return statement;
    }

    /** Prints the response's result (or the response itself with {@code --json}) and writes {@code --output}. */
    protected int show(ApiResponse response) {
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
