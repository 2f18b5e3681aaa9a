package ai.kai.connect.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import ai.kai.connect.ConnectorContext;
import ai.kai.connect.SqlDialect;
import ai.kai.connect.jdbc.ConnectionSource;
import ai.kai.connect.jdbc.HostSettings;
import ai.kai.connect.jdbc.JdbcDialect;
import ai.kai.connect.jdbc.PooledSource;

/**
 * PostgreSQL's own read-only mode: every pooled session starts with
 * {@code SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY}, connections are read-only and not auto-committing
 * (so rows stream with a cursor), each statement runs in a transaction with {@code SET LOCAL statement_timeout}
 * and is rolled back afterwards.
 */
final class PostgresDialect implements JdbcDialect {
    private final HostSettings host;

    PostgresDialect(HostSettings host) {
        this.host = host;
    }

    @Override
    public String type() {
        return "postgresql";
    }

    @Override
    public SqlDialect sqlDialect() {
        return SqlDialect.POSTGRES;
    }

    @Override
    public ConnectionSource open(ConnectorContext context) throws SQLException {
        Properties p = host.credentials();
        p.setProperty("ApplicationName", "kai-analytics");
        p.setProperty("connectTimeout", Long.toString(Math.max(1, context.connectTimeout().toSeconds())));
        p.setProperty("loginTimeout", Long.toString(Math.max(1, context.connectTimeout().toSeconds())));
        p.setProperty("sslmode", host.options().getOrDefault("sslmode", "prefer"));
        if (host.options().containsKey("schema")) {
            p.setProperty("currentSchema", host.options().get("schema"));
        }
        String url = host.jdbcUrl("postgresql");
        return new PooledSource("kai-postgresql", "org.postgresql.Driver", url, p,
                "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY", false, true, context.maxPoolSize(), context.connectTimeout());
    }

    @Override
    public void begin(Connection c, Duration timeout) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL statement_timeout = " + Math.max(1, timeout.toMillis()));
        }
    }

    @Override
    public String tablesSql(boolean oneSchema) {
        return JdbcDialect.informationSchemaTables(oneSchema,
                "table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg_toast%'");
    }

    @Override
    public String currentSchemaSql() {
        return "SELECT current_schema()";
    }

    @Override
    public String location() {
        return host.location();
    }
}
