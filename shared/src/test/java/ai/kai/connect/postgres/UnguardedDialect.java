package ai.kai.connect.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import ai.kai.connect.ConnectorContext;
import ai.kai.connect.SqlDialect;
import ai.kai.connect.jdbc.ConnectionSource;
import ai.kai.connect.jdbc.JdbcDialect;
import ai.kai.error.KaiException;

/** A dialect with the guard switched off, to show what the server's own read-only mode refuses by itself. */
final class UnguardedDialect implements JdbcDialect {
    private final JdbcDialect real;

    UnguardedDialect(JdbcDialect real) {
        this.real = real;
    }

    @Override
    public String check(String sql, Duration timeout) {
        return sql;
    }

    @Override
    public String type() {
        return real.type();
    }

    @Override
    public SqlDialect sqlDialect() {
        return real.sqlDialect();
    }

    @Override
    public ConnectionSource open(ConnectorContext context) throws SQLException {
        return real.open(context);
    }

    @Override
    public void begin(Connection c, Duration timeout) throws SQLException {
        real.begin(c, timeout);
    }

    @Override
    public void end(Connection c) throws SQLException {
        real.end(c);
    }

    @Override
    public String tablesSql(boolean oneSchema) {
        return real.tablesSql(oneSchema);
    }

    @Override
    public String columnsSql() {
        return real.columnsSql();
    }

    @Override
    public String currentSchemaSql() {
        return real.currentSchemaSql();
    }

    @Override
    public String healthCheckSql() {
        return real.healthCheckSql();
    }

    @Override
    public Optional<KaiException> translate(SQLException e) {
        return real.translate(e);
    }

    @Override
    public String location() {
        return real.location();
    }
}
