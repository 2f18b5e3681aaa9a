package ai.kai.connect.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.duckdb.DuckDBConnection;

import ai.kai.connect.ConnectorContext;
import ai.kai.connect.DatabaseFiles;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A locked DuckDB sandbox over the cached copy of the file (DESIGN D6, as {@code ai.kai.query.SandboxPool}):
 * memory and threads limited, the file attached READ_ONLY as {@code db}, external access off, configuration
 * locked; each use gets its own connection ({@code duplicate()}). When the stored file changes (new ETag, new
 * cached path) the sandbox is rebuilt.
 */
final class DuckDbSource implements ai.kai.connect.jdbc.ConnectionSource {
    private final ConnectorContext context;
    private final String path;
    private final String memoryLimit;
    private final int threads;
    private DuckDBConnection sandbox;
    private Path attached;
    private boolean open = true;

    DuckDbSource(ConnectorContext context, String path, String memoryLimit, int threads) {
        this.context = context;
        this.path = path;
        this.memoryLimit = memoryLimit;
        this.threads = threads;
    }

    @Override
    public Connection get() throws SQLException {
        Path file = DatabaseFiles.fetch(context, path);
        DuckDBConnection base;
        synchronized (this) {
            if (!open) {
                throw new KaiException(ErrorCode.CONNECTION_FAILED, "the connection was closed");
            }
            if (sandbox == null || !file.equals(attached) || sandbox.isClosed()) {
                closeSandbox();
                sandbox = openSandbox(file);
                attached = file;
            }
            base = sandbox;
        }
        Connection c = base.duplicate();
        try (Statement s = c.createStatement()) {
            s.execute("USE db");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private DuckDBConnection openSandbox(Path file) throws SQLException {
        Properties props = new Properties();
        props.setProperty("jdbc_stream_results", "true");
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", props);
        try (Statement s = c.createStatement()) {
            s.execute("SET memory_limit='" + memoryLimit + "'");
            s.execute("SET threads=" + threads);
            s.execute("SET temp_directory='" + quote(context.workDir().resolve("duckdb-tmp").toAbsolutePath().toString()) + "'");
            s.execute("ATTACH '" + quote(file.toAbsolutePath().toString()) + "' AS db (READ_ONLY)");
            s.execute("SET enable_external_access=false");
            s.execute("SET lock_configuration=true");
            return c;
        } catch (SQLException e) {
            c.close();
            if (String.valueOf(e.getMessage()).contains("not a valid DuckDB database")
                    || String.valueOf(e.getMessage()).contains("IO Error")) {
                throw new KaiException(ErrorCode.CONNECTION_FAILED, "the file '" + path + "' is not a DuckDB database");
            }
            throw e;
        }
    }

    private static String quote(String s) {
        return s.replace("'", "''");
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }

    @Override
    public synchronized void close() {
        open = false;
        closeSandbox();
    }

    private void closeSandbox() {
        if (sandbox != null) {
            try {
                sandbox.close();
            } catch (SQLException ignored) {
                // the instance goes with its last connection
            }
            sandbox = null;
        }
    }
}
