package ai.kai.cli.file;

import ai.kai.cli.api.ApiClient;
import ai.kai.cli.query.SqlQueryCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai file query FILE SQL}: one read-only statement over the file's table {@code data}. */
@Command(name = "query", description = {"Run one read-only SQL statement (DuckDB dialect) over a file's table 'data'.",
    "Example: kai file query sales.csv \"SELECT region, SUM(revenue) FROM data GROUP BY region\""})
public final class FileQueryCommand extends SqlQueryCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "A file_id or an uploaded name (the newest file of that name).")
    String file;

    @Parameters(index = "1", paramLabel = "SQL", description = "The statement; '-' reads it from standard input.")
    String sql;

    @Override
    protected String sqlArgument() {
        return sql;
    }

    @Override
    protected int run(ApiClient api) {
        String fileId = new FileResolver(api, note -> terminal().info("note: " + note)).resolve(file);
        return show(api.query(fileId, statement(), limit));
    }
}
