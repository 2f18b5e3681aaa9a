package ai.kai.connect.mysql;

import java.util.Set;

import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectionDraft;
import ai.kai.connect.Connector;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.ConnectorFactory;
import ai.kai.connect.jdbc.HostSettings;
import ai.kai.connect.jdbc.JdbcConnector;

/** MySQL and MariaDB through the MariaDB driver: {@code mysql://user:password@host:3306/db}, {@code mariadb://...}. */
public final class MySqlConnectorFactory implements ConnectorFactory {
    static final Set<String> OPTIONS = Set.of("ssl", "sslmode");

    @Override
    public String type() {
        return "mysql";
    }

    @Override
    public Set<String> schemes() {
        return Set.of("mysql", "mariadb");
    }

    @Override
    public ConnectionConfig configure(ConnectionDraft draft) {
        HostSettings s = HostSettings.from(draft, 3306, true, OPTIONS);
        String scheme = draft.uri().map(u -> u.scheme()).orElse("mysql");
        return new ConnectionConfig(draft.alias(), type(), s.displayUri(scheme), s.settings(), s.secrets());
    }

    @Override
    public Connector create(ConnectionConfig config, ConnectorContext context) {
        return new JdbcConnector(new MySqlDialect(HostSettings.of(config)), context, config.secrets().values());
    }
}
