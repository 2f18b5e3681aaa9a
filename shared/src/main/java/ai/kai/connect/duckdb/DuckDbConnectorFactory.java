package ai.kai.connect.duckdb;

import java.util.Map;
import java.util.Optional;

import ai.kai.config.KaiConfig;
import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectionDraft;
import ai.kai.connect.ConnectionUri;
import ai.kai.connect.Connector;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.ConnectorFactory;
import ai.kai.connect.DatabaseFiles;
import ai.kai.connect.jdbc.JdbcConnector;
import ai.kai.connect.sqlite.SqliteConnectorFactory;

/**
 * DuckDB database files in the tenant's object storage: {@code duckdb://databases/sales.duckdb} (or the field
 * {@code path}), relative to the tenant's root; attached READ_ONLY in a locked sandbox like file queries.
 */
public final class DuckDbConnectorFactory implements ConnectorFactory {
    @Override
    public String type() {
        return "duckdb";
    }

    @Override
    public ConnectionConfig configure(ConnectionDraft draft) {
        String path = DatabaseFiles.checkPath(SqliteConnectorFactory.filePath(draft));
        return new ConnectionConfig(draft.alias(), type(),
                ConnectionUri.format("duckdb", Optional.empty(), false, "", Optional.empty(), path, Map.of()).replace(":///", "://"),
                Map.of("path", path), Map.of());
    }

    @Override
    public Connector create(ConnectionConfig config, ConnectorContext context) {
        KaiConfig host = KaiConfig.fromEnvironment();
        return new JdbcConnector(new DuckDbDialect(config.requireSetting("path"), host.duckDbMemoryLimit(),
                host.duckDbThreads()), context, config.secrets().values());
    }
}
