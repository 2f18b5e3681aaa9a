package ai.kai.cli.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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

/** {@code kai query --db ALIAS SQL}: one read-only statement on a connection, shown like {@code kai file query}. */
@Command(name = "query", description = {"Run one read-only SQL statement (the source's dialect) on a connection.",
    "Example: kai query --db warehouse \"SELECT region, SUM(amount) FROM orders GROUP BY region\""})
public final class QueryCommand extends ApiCommand {
    static final int MAX_LIMIT = 100_000;

    @Option(names = "--db", required = true, paramLabel = "ALIAS", description = "The connection's alias.")
    String alias;

    @Parameters(index = "0", paramLabel = "SQL", description = "The statement; '-' reads it from standard input.")
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sql", sql);
        body.put("limit", limit);
        ApiResponse response = api.post("/connections/" + ApiClient.segment(alias) + "/query", body);
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
