package ai.kai.connect.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import ai.kai.connect.ConnectorContext;
import ai.kai.connect.ReadOnlyGuard;
import ai.kai.connect.SqlDialect;
import ai.kai.error.KaiException;

/**
 * What differs between JDBC sources, supplied by each connector package: how to open connections, how to make a
 * statement read-only and time-bounded on this server, how to list tables and columns, and which of the server's
 * errors mean what.
 */
public interface JdbcDialect {
    /** The type name, for messages. */
    String type();

    SqlDialect sqlDialect();

    /** The first check of a user statement, before any connection: by default the {@link ReadOnlyGuard}. */
    default String check(String sql, Duration timeout) {
        return ReadOnlyGuard.check(sqlDialect(), sql, timeout);
    }

    /** A further check on a connection, for dialects whose server can parse without running (DuckDB). */
    default String checkOn(Connection c, String statement) throws SQLException {
        return statement;
    }

    /** Opens the connection source (a pool, or a file) for the connector; called on first use. */
    ConnectionSource open(ConnectorContext context) throws SQLException;

    /** Before each statement: the server's read-only transaction and statement timeout. */
    void begin(Connection c, Duration timeout) throws SQLException;

    /** After each statement: end the transaction without committing anything. */
    default void end(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
        }
    }

    /** Rows of (schema, name, kind) for the schema given as the only parameter, or for all schemas when null. */
    String tablesSql(boolean oneSchema);

    /** Rows of (name, type, nullable 'YES'/'NO' or 0/1, position) for parameters (schema, table): by default SQL's own
     * {@code information_schema.columns}. */
    default String columnsSql() {
        return "SELECT column_name, data_type, is_nullable, ordinal_position FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position";
    }

    /** A query returning the default schema's name in one row. */
    String currentSchemaSql();

    default String healthCheckSql() {
        return "SELECT 1";
    }

    /**
     * {@link #tablesSql} over SQL's {@code information_schema.tables}: the one schema given as parameter, or every
     * schema that {@code allSchemasCondition} lets through.
     */
    static String informationSchemaTables(boolean oneSchema, String allSchemasCondition) {
        return "SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE "
                + (oneSchema ? "table_schema = ?" : allSchemasCondition) + " ORDER BY table_schema, table_name";
    }

    /** Where this server's error states mean something the common mapping does not know. */
    default Optional<KaiException> translate(SQLException e) {
        return Optional.empty();
    }

    /** Where the source is, for messages: {@code host:port} or a file name; never a secret. */
    String location();
}
