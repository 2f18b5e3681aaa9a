package ai.kai.connect.redshift;

import java.util.Set;

import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectionDraft;
import ai.kai.connect.Connector;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.ConnectorFactory;
import ai.kai.connect.jdbc.HostSettings;
import ai.kai.connect.jdbc.JdbcConnector;

/** Amazon Redshift through redshift-jdbc42: {@code redshift://user:password@cluster.xyz.region.redshift.amazonaws.com:5439/dev}. */
public final class RedshiftConnectorFactory implements ConnectorFactory {
    static final Set<String> OPTIONS = Set.of("ssl", "sslmode", "schema");

    @Override
    public String type() {
        return "redshift";
    }

    @Override
    public ConnectionConfig configure(ConnectionDraft draft) {
        HostSettings s = HostSettings.from(draft, 5439, true, OPTIONS);
        return new ConnectionConfig(draft.alias(), type(), s.displayUri("redshift"), s.settings(), s.secrets());
    }

    @Override
    public Connector create(ConnectionConfig config, ConnectorContext context) {
        return new JdbcConnector(new RedshiftDialect(HostSettings.of(config)), context, config.secrets().values());
    }
}
