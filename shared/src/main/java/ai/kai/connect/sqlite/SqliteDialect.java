package ai.kai.connect.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

import ai.kai.connect.ConnectorContext;
import ai.kai.connect.DatabaseFiles;
import ai.kai.connect.SqlDialect;
import ai.kai.connect.jdbc.ConnectionSource;
import ai.kai.connect.jdbc.JdbcDialect;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * SQLite's own read-only mode: the cached file is opened with {@code SQLITE_OPEN_READONLY} and
 * {@code PRAGMA query_only}; extensions stay disabled. SQLite has no statement timeout of its own: the connector's
 * watchdog interrupts a statement that outlives its time ({@code cancel()} is {@code sqlite3_interrupt}).
 */
final class SqliteDialect implements JdbcDialect {
    private final String path;

    SqliteDialect(String path) {
        this.path = path;
    }

    @Override
    public String type() {
        return "sqlite";
    }

    @Override
    public SqlDialect sqlDialect() {
        return SqlDialect.SQLITE;
    }

    @Override
    public ConnectionSource open(ConnectorContext context) {
        return new ConnectionSource() {
            private volatile boolean open = true;

            @Override
            public Connection get() throws SQLException {
                Path file = DatabaseFiles.fetch(context, path);
                SQLiteConfig config = new SQLiteConfig();
                config.setReadOnly(true);
                config.setOpenMode(SQLiteOpenMode.READONLY);
                config.enableLoadExtension(false);
                Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only = ON");
                }
                return c;
            }

            @Override
            public boolean isOpen() {
                return open;
            }

            @Override
            public void close() {
                open = false;
            }
        };
    }

    @Override
    public void begin(Connection c, Duration timeout) {
        // read-only by the open mode; the watchdog bounds the time
    }

    @Override
    public void end(Connection c) {
        // nothing was begun
    }

    @Override
    public String tablesSql(boolean oneSchema) {
        return "SELECT 'main', name, upper(type) FROM sqlite_master WHERE type IN ('table', 'view') "
                + "AND name NOT LIKE 'sqlite_%'" + (oneSchema ? " AND 'main' = ?" : "") + " ORDER BY name";
    }

    @Override
    public String columnsSql() {
        return "SELECT name, type, CASE WHEN \"notnull\" = 1 THEN 'NO' ELSE 'YES' END, cid + 1 "
                + "FROM pragma_table_info(?2) WHERE ?1 = 'main' ORDER BY cid";
    }

    @Override
    public String currentSchemaSql() {
        return "SELECT 'main'";
    }

    @Override
    public String healthCheckSql() {
        return "SELECT count(*) FROM sqlite_master";
    }

    @Override
    public Optional<KaiException> translate(SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_READONLY) {
                return Optional.of(new KaiException(ErrorCode.SQL_NOT_READ_ONLY, "only read-only queries are allowed; the database file is opened read-only"));
            }
            if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
                return Optional.of(new KaiException(ErrorCode.CONNECTION_FAILED, "the file '" + path + "' is not a SQLite database"));
            }
        }
        return Optional.empty();
    }

    @Override
    public String location() {
        return path;
    }
}
