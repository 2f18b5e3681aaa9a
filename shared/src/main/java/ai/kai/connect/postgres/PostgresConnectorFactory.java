package ai.kai.connect.postgres;

import java.util.Set;

import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectionDraft;
import ai.kai.connect.Connector;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.ConnectorFactory;
import ai.kai.connect.jdbc.HostSettings;
import ai.kai.connect.jdbc.JdbcConnector;

/** PostgreSQL: {@code postgresql://user:password@host:5432/db?sslmode=require}. */
public final class PostgresConnectorFactory implements ConnectorFactory {
    static final Set<String> OPTIONS = Set.of("sslmode", "schema");

    @Override
    public String type() {
        return "postgresql";
    }

    @Override
    public Set<String> schemes() {
        return Set.of("postgresql", "postgres");
    }

    @Override
    public ConnectionConfig configure(ConnectionDraft draft) {
        HostSettings s = HostSettings.from(draft, 5432, true, OPTIONS);
        return new ConnectionConfig(draft.alias(), type(), s.displayUri("postgresql"), s.settings(), s.secrets());
    }

    @Override
    public Connector create(ConnectionConfig config, ConnectorContext context) {
        return new JdbcConnector(new PostgresDialect(HostSettings.of(config)), context, config.secrets().values());
    }
}
