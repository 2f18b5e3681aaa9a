package ai.kai.connect.sqlite;

import java.util.Map;
import java.util.Optional;

import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectionDraft;
import ai.kai.connect.ConnectionUri;
import ai.kai.connect.Connector;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.ConnectorFactory;
import ai.kai.connect.DatabaseFiles;
import ai.kai.connect.jdbc.JdbcConnector;

/**
 * SQLite database files in the tenant's object storage: {@code sqlite://databases/app.db} (or the field
 * {@code path}), relative to the tenant's root. Opened read-only from a local cached copy.
 */
public final class SqliteConnectorFactory implements ConnectorFactory {
    @Override
    public String type() {
        return "sqlite";
    }

    @Override
    public ConnectionConfig configure(ConnectionDraft draft) {
        String path = DatabaseFiles.checkPath(filePath(draft));
        return new ConnectionConfig(draft.alias(), type(),
                ConnectionUri.format("sqlite", Optional.empty(), false, "", Optional.empty(), path, Map.of()).replace(":///", "://"),
                Map.of("path", path), Map.of());
    }

    /** The storage path of a file connection: the field {@code path}, or the URI's host and path. */
    public static String filePath(ConnectionDraft draft) {
        return draft.value("path").orElseGet(() -> draft.uri()
                .map(u -> u.host() + (u.path().isEmpty() ? "" : "/" + u.path())).orElse(""));
    }

    @Override
    public Connector create(ConnectionConfig config, ConnectorContext context) {
        return new JdbcConnector(new SqliteDialect(config.requireSetting("path")), context, config.secrets().values());
    }
}
