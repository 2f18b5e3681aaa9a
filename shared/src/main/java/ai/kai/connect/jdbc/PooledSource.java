package ai.kai.connect.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A HikariCP pool for one connection: read-only connections, none opened before the first use
 * ({@code initializationFailTimeout = -1}), none kept idle for long (a frozen Lambda's sockets go stale; Hikari
 * re-validates a connection idle for more than half a second before handing it out), closed with the connector.
 */
public final class PooledSource implements ConnectionSource {
    private final HikariDataSource pool;

    public PooledSource(String name, String driverClass, String jdbcUrl, Properties driverProperties, String initSql,
            boolean autoCommit, int maxPoolSize, Duration connectTimeout) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDriverClassName(driverClass);
        config.setJdbcUrl(jdbcUrl);
        config.setDataSourceProperties(driverProperties);
        config.setReadOnly(true);
        config.setAutoCommit(autoCommit);
        config.setMaximumPoolSize(Math.max(1, maxPoolSize));
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(Math.max(250, connectTimeout.toMillis()));
        config.setValidationTimeout(Math.max(250, Math.min(5_000, connectTimeout.toMillis())));
        config.setIdleTimeout(60_000);
        config.setMaxLifetime(300_000);
        if (initSql != null) {
            config.setConnectionInitSql(initSql);
        }
        this.pool = new HikariDataSource(config);
    }

    @Override
    public Connection get() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public boolean isOpen() {
        return !pool.isClosed();
    }

    /** Connections the pool holds right now (in use or idle). */
    public int totalConnections() {
        return pool.getHikariPoolMXBean() == null ? 0 : pool.getHikariPoolMXBean().getTotalConnections();
    }

    @Override
    public void close() {
        pool.close();
    }
}
