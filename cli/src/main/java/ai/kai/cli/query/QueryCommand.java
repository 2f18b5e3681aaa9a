package ai.kai.cli.query;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai query --db ALIAS SQL}: one read-only statement on a connection, shown like {@code kai file query}. */
@Command(name = "query", description = {"Run one read-only SQL statement (the source's dialect) on a connection.",
    "Example: kai query --db warehouse \"SELECT region, SUM(amount) FROM orders GROUP BY region\""})
public final class QueryCommand extends SqlQueryCommand {
    @Option(names = "--db", required = true, paramLabel = "ALIAS", description = "The connection's alias.")
    String alias;

    @Parameters(index = "0", paramLabel = "SQL", description = "The statement; '-' reads it from standard input.")
    String sql;

    @Override
    protected String sqlArgument() {
        return sql;
    }

    @Override
    protected int run(ApiClient api) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sql", statement());
        body.put("limit", limit);
        return show(api.post("/connections/" + ApiClient.segment(alias) + "/query", body));
    }
}
