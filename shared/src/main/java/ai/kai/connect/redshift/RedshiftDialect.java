package ai.kai.connect.redshift;

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
 * Redshift's read-only mode is the transaction's: each statement runs between {@code BEGIN READ ONLY} and
 * {@code ROLLBACK}, after {@code SET statement_timeout} (the driver's own {@code setReadOnly} is not used: it sets
 * Redshift's session parameter {@code readonly}, which the transaction mode makes unnecessary). The driver's ring buffer fetches rows in the background,
 * so results stream without a cursor. SSL is on unless {@code ssl=false}.
 */
final class RedshiftDialect implements JdbcDialect {
    private final HostSettings host;

    RedshiftDialect(HostSettings host) {
        this.host = host;
    }

    @Override
    public String type() {
        return "redshift";
    }

    @Override
    public SqlDialect sqlDialect() {
        return SqlDialect.REDSHIFT;
    }

    @Override
    public ConnectionSource open(ConnectorContext context) throws SQLException {
        Properties p = host.credentials();
        p.setProperty("ApplicationName", "kai-analytics");
        p.setProperty("loginTimeout", Long.toString(Math.max(1, context.connectTimeout().toSeconds())));
        p.setProperty("ssl", host.options().getOrDefault("ssl", "true"));
        if (host.options().containsKey("sslmode")) {
            p.setProperty("sslmode", host.options().get("sslmode"));
        }
        if (host.options().containsKey("schema")) {
            p.setProperty("currentSchema", host.options().get("schema"));
        }
        String url = host.jdbcUrl("redshift");
        return new PooledSource("kai-redshift", "com.amazon.redshift.jdbc.Driver", url, p, null, true, false,
                context.maxPoolSize(), context.connectTimeout());
    }

    @Override
    public void begin(Connection c, Duration timeout) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN READ ONLY");
            s.execute("SET statement_timeout TO " + Math.max(1, timeout.toMillis()));
        }
    }

    @Override
    public void end(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        }
    }

    @Override
    public String tablesSql(boolean oneSchema) {
        return JdbcDialect.informationSchemaTables(oneSchema,
                "table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg_%'");
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
