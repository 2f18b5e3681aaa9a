package ai.kai.notebook;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.NamedParameters;
import ai.kai.query.QueryEngine;
import ai.kai.query.QueryResult;
import ai.kai.query.SqlGuard;

/**
 * A code cell: DuckDB SQL over earlier cells' results, never arbitrary code. Each earlier tabular cell it names
 * becomes a table of that name in a fresh in-memory DuckDB, which then turns external access off and locks its
 * configuration before the statement passes the same {@link SqlGuard} as file queries and runs with bound parameters.
 */
final class CodeCellExecutor implements CellExecutor {
    private static final Pattern SAFE_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*(\\(\\d+(,\\s*\\d+)?\\))?");
    private final QueryEngine engine;
    private final String memoryLimit;

    CodeCellExecutor(QueryEngine engine, String memoryLimit) {
        this.engine = engine;
        this.memoryLimit = memoryLimit;
    }

    @Override
    public CellOutput run(Cell cell, RunContext context) {
        Set<String> named = Set.copyOf(NamedParameters.identifiers(cell.sql()));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = c.createStatement()) {
                s.execute("SET memory_limit='" + memoryLimit.replace("'", "") + "'");
                s.execute("SET threads=1");
            }
            for (var entry : context.outputs().entrySet()) {
                if (named.contains(entry.getKey()) && entry.getValue() instanceof CellOutput.Rows rows) {
                    load(c, entry.getKey(), rows);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET enable_external_access=false");
                s.execute("SET lock_configuration=true");
            }
            NamedParameters.Bound bound = NamedParameters.bind(cell.sql(), context.parameters());
            String statement = SqlGuard.check(c, bound.sql());
            QueryResult r = engine.execute(c, statement, QueryCellExecutor.ROW_LIMIT, bound.values());
            return new CellOutput.Rows(r.columns(), r.types(), r.rows(), r.truncated());
        } catch (SQLException e) {
            throw new KaiException(ErrorCode.SQL_INVALID, "the code cell's SQL failed: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static void load(Connection c, String table, CellOutput.Rows rows) throws SQLException {
        int n = rows.columns().size();
        StringBuilder create = new StringBuilder("CREATE TABLE \"" + table + "\" (");
        StringBuilder insert = new StringBuilder("INSERT INTO \"" + table + "\" VALUES (");
        for (int i = 0; i < n; i++) {
            String type = i < rows.types().size() && SAFE_TYPE.matcher(rows.types().get(i)).matches()
                    ? rows.types().get(i) : "VARCHAR";
            create.append(i == 0 ? "" : ", ").append('"').append(rows.columns().get(i).replace("\"", "\"\"")).append("\" ")
                    .append(type);
            insert.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(type).append(')');
        }
        try (Statement s = c.createStatement()) {
            s.execute(create.append(')').toString());
        }
        try (PreparedStatement ps = c.prepareStatement(insert.append(')').toString())) {
            for (List<Object> row : rows.rows()) {
                for (int i = 0; i < n; i++) {
                    Object v = i < row.size() ? row.get(i) : null;
                    ps.setObject(i + 1, v instanceof Number || v instanceof Boolean || v == null ? v : String.valueOf(v));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
