package ai.kai.connect.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

import ai.kai.connect.ConnectorContext;
import ai.kai.connect.SqlDialect;
import ai.kai.connect.jdbc.ConnectionSource;
import ai.kai.connect.jdbc.HostSettings;
import ai.kai.connect.jdbc.JdbcDialect;
import ai.kai.connect.jdbc.PooledSource;

/**
 * MySQL/MariaDB's own read-only mode: sessions start with {@code SET SESSION TRANSACTION READ ONLY}; before each
 * statement the server's statement timeout is set ({@code max_statement_time} in seconds on MariaDB,
 * {@code max_execution_time} in milliseconds on MySQL). The driver may not send local files
 * ({@code allowLocalInfile=false}) nor several statements at once ({@code allowMultiQueries=false}).
 */
final class MySqlDialect implements JdbcDialect {
    private final HostSettings host;

    MySqlDialect(HostSettings host) {
        this.host = host;
    }

    @Override
    public String type() {
        return "mysql";
    }

    @Override
    public SqlDialect sqlDialect() {
        return SqlDialect.MYSQL;
    }

    @Override
    public ConnectionSource open(ConnectorContext context) throws SQLException {
        Properties p = host.credentials();
        p.setProperty("allowLocalInfile", "false");
        p.setProperty("allowMultiQueries", "false");
        p.setProperty("assureReadOnly", "true");
        p.setProperty("connectTimeout", Long.toString(context.connectTimeout().toMillis()));
        p.setProperty("sslMode", host.options().getOrDefault("sslmode", "disable"));
        if ("true".equalsIgnoreCase(host.options().get("ssl"))) {
            p.setProperty("sslMode", "trust");
        }
        String url = host.jdbcUrl("mariadb");
        return new PooledSource("kai-mysql", "org.mariadb.jdbc.Driver", url, p, "SET SESSION TRANSACTION READ ONLY",
                true, true, context.maxPoolSize(), context.connectTimeout());
    }

    @Override
    public void begin(Connection c, Duration timeout) throws SQLException {
        boolean mariadb = c.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb")
                || c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mariadb");
        try (Statement s = c.createStatement()) {
            s.execute(mariadb ? "SET SESSION max_statement_time = " + Math.max(0.001, timeout.toMillis() / 1000.0)
                    : "SET SESSION max_execution_time = " + Math.max(1, timeout.toMillis()));
        }
    }

    @Override
    public void end(Connection c) {
        // autocommit sessions in READ ONLY mode: nothing to end
    }

    @Override
    public String tablesSql(boolean oneSchema) {
        return "SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_schema = "
                + (oneSchema ? "?" : "DATABASE()") + " ORDER BY table_schema, table_name";
    }

    @Override
    public String columnsSql() {
        return "SELECT column_name, column_type, is_nullable, ordinal_position FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position";
    }

    @Override
    public String currentSchemaSql() {
        return "SELECT DATABASE()";
    }

    @Override
    public String location() {
        return host.location();
    }
}
