package ai.kai.connect.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a JDBC connector gets its connections: a pool for servers, a fresh one per use for database files. */
public interface ConnectionSource extends AutoCloseable {
    Connection get() throws SQLException;

    boolean isOpen();

    @Override
    void close();
}
