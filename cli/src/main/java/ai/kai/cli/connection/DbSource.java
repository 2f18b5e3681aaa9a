package ai.kai.cli.connection;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.kai.cli.CliException;

/**
 * {@code --db ALIAS} with {@code --sql "SELECT …"} or {@code --table T} (shorthand for {@code SELECT * FROM T}) as
 * the data of an analysis or chart: the request fields {@code connection} and {@code sql}. The query runs on the
 * server, read-only, in the source's own dialect.
 */
public final class DbSource {
    private DbSource() {
    }

    /** The request fields, or a usage error (exit 2) when the options do not name exactly one query. */
    public static Map<String, Object> fields(String db, String sql, String table) {
        if (db == null || db.isBlank()) {
            throw CliException.usage("--sql and --table name a query on a connection: add --db ALIAS");
        }
        if ((sql == null) == (table == null)) {
            throw CliException.usage("with --db, give exactly one of --sql \"SELECT …\" or --table TABLE");
        }
        if (table != null && !table.matches("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*){0,2}")) {
            throw CliException.usage("--table takes a plain table name such as sales or analytics.sales (got " + table
                    + "); use --sql for anything else");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("connection", db.strip());
        body.put("sql", sql != null ? sql : "SELECT * FROM " + table);
        return body;
    }
}
