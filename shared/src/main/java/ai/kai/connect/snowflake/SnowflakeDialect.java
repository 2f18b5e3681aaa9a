package ai.kai.connect.snowflake;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.SqlDialect;
import ai.kai.connect.jdbc.ConnectionSource;
import ai.kai.connect.jdbc.JdbcDialect;
import ai.kai.connect.jdbc.PooledSource;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Snowflake has no read-only session: the guard is the line, with file transfer switched off in the driver
 * ({@code enablePutGet=false}) and the statement bounded by JDBC's query timeout (the driver aborts the query
 * server-side) and {@code STATEMENT_TIMEOUT_IN_SECONDS} for the session. Give the connection a role that may
 * only SELECT.
 */
final class SnowflakeDialect implements JdbcDialect {
    private static final int MAX_STATEMENT_SECONDS = 300;
    private final ConnectionConfig config;

    SnowflakeDialect(ConnectionConfig config) {
        this.config = config;
    }

    @Override
    public String type() {
        return "snowflake";
    }

    @Override
    public SqlDialect sqlDialect() {
        return SqlDialect.SNOWFLAKE;
    }

    @Override
    public ConnectionSource open(ConnectorContext context) throws SQLException {
        Properties p = new Properties();
        p.setProperty("account", config.requireSetting("account"));
        p.setProperty("user", config.requireSetting("user"));
        config.secret("password").ifPresent(pw -> p.setProperty("password", pw));
        config.secret("private_key").ifPresent(key -> {
            p.setProperty("authenticator", "SNOWFLAKE_JWT");
            p.setProperty("private_key_base64", Base64.getEncoder().encodeToString(key.strip().getBytes(StandardCharsets.US_ASCII)));
            config.secret("private_key_passphrase").ifPresent(pw -> p.setProperty("private_key_pwd", pw));
        });
        config.setting("database").ifPresent(v -> p.setProperty("db", v));
        config.setting("schema").ifPresent(v -> p.setProperty("schema", v));
        config.setting("warehouse").ifPresent(v -> p.setProperty("warehouse", v));
        config.setting("role").ifPresent(v -> p.setProperty("role", v));
        p.setProperty("enablePutGet", "false");
        p.setProperty("application", "kai_analytics");
        p.setProperty("loginTimeout", Long.toString(Math.max(1, context.connectTimeout().toSeconds())));
        p.setProperty("maxHttpRetries", "2");
        p.setProperty("CLIENT_TELEMETRY_ENABLED", "false");
        p.setProperty("CLIENT_OUT_OF_BAND_TELEMETRY_ENABLED", "false");
        // Without these the driver probes cloud metadata endpoints (169.254.169.254, ...) at every login.
        p.setProperty("disablePlatformDetection", "true");
        p.setProperty("platformDetectionTimeoutMs", "0");
        p.setProperty("STATEMENT_TIMEOUT_IN_SECONDS", Integer.toString(MAX_STATEMENT_SECONDS));
        String host = config.setting("host").orElse(config.requireSetting("account") + ".snowflakecomputing.com");
        String url = "jdbc:snowflake://" + host + config.setting("port").map(port -> ":" + port).orElse("")
                + "/?ssl=" + ("off".equalsIgnoreCase(config.setting("ssl").orElse("on")) ? "off" : "on");
        return new PooledSource("kai-snowflake", "net.snowflake.client.api.driver.SnowflakeDriver", url, p, null, true,
                false, context.maxPoolSize(), context.connectTimeout());
    }

    @Override
    public void begin(Connection c, Duration timeout) {
        // no read-only session in Snowflake; JDBC's query timeout bounds the statement
    }

    @Override
    public void end(Connection c) {
        // autocommit; nothing was begun
    }

    @Override
    public String tablesSql(boolean oneSchema) {
        return JdbcDialect.informationSchemaTables(oneSchema, "table_schema <> 'INFORMATION_SCHEMA'");
    }

    @Override
    public String currentSchemaSql() {
        return "SELECT CURRENT_SCHEMA()";
    }

    @Override
    public Optional<KaiException> translate(SQLException e) {
        int code = e.getErrorCode();
        if (code == 390100 || code == 390144 || code == 390101 || code == 390102 || code == 394304) {
            return Optional.of(new KaiException(ErrorCode.AUTHENTICATION_FAILED, "Snowflake account "
                    + config.requireSetting("account") + " refused the credentials: check the user name and password or key"));
        }
        if (code == 1003) {
            return Optional.of(new KaiException(ErrorCode.SQL_SYNTAX_ERROR, "SQL syntax error: "
                    + ai.kai.connect.Redaction.firstLine(e.getMessage())));
        }
        if (code == 604 || code == 630) {
            return Optional.of(new KaiException(ErrorCode.QUERY_TIMEOUT,
                    "the query ran longer than its time limit and was stopped; add filters, aggregate, or LIMIT"));
        }
        return Optional.empty();
    }

    @Override
    public String location() {
        return config.requireSetting("account");
    }
}
