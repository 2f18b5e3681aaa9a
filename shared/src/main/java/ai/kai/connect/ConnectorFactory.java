package ai.kai.connect;

import java.util.Set;

/**
 * Makes connectors of one type, found through {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/ai.kai.connect.ConnectorFactory}). Adding a source is one package with a factory.
 */
public interface ConnectorFactory {
    /** The type name stored with a connection, e.g. {@code postgresql}. */
    String type();

    /** URI schemes users write for this type ({@code postgresql}, {@code postgres}); by default the type. */
    default Set<String> schemes() {
        return Set.of(type());
    }

    /**
     * Validates a draft (URI parts, per-type fields, an optional credentials file) into a config with its
     * secrets separated from its settings, and a redacted display URI. Opens no connection.
     */
    ConnectionConfig configure(ConnectionDraft draft);

    /** A connector for the config; lazy: it connects on first use. */
    Connector create(ConnectionConfig config, ConnectorContext context);
}
