package ai.kai.connect.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * A HikariCP pool for one connection, made on the connector's first use: connections marked read-only
 * ({@code Connection.setReadOnly}) unless the dialect's driver maps that to something the server lacks, the first one
 * opened right away so a wrong password or host fails at once with the driver's error
 * ({@code initializationFailTimeout = 1}) instead of after the connection timeout, none kept idle for long (a frozen Lambda's sockets go stale; Hikari
 * re-validates a connection idle for more than half a second before handing it out), closed with the connector.
 */
public final class PooledSource implements ConnectionSource {
    private final HikariDataSource pool;

    public PooledSource(String name, String driverClass, String jdbcUrl, Properties driverProperties, String initSql,
            boolean autoCommit, boolean driverReadOnly, int maxPoolSize, Duration connectTimeout) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDriverClassName(driverClass);
        config.setJdbcUrl(jdbcUrl);
        config.setDataSourceProperties(driverProperties);
        config.setReadOnly(driverReadOnly);
        config.setAutoCommit(autoCommit);
        config.setMaximumPoolSize(Math.max(1, maxPoolSize));
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(Math.max(250, connectTimeout.toMillis()));
        config.setValidationTimeout(Math.max(250, Math.min(5_000, connectTimeout.toMillis())));
        config.setIdleTimeout(60_000);
        config.setMaxLifetime(300_000);
        if (initSql != null) {
            config.setConnectionInitSql(initSql);
        }
        try {
            this.pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw cause;
            }
            throw new SQLException("the connection could not be opened", "08001", e.getCause());
        }
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
