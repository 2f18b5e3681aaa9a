package ai.kai.connect;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.type.TypeReference;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.query.DatabaseCache;
import ai.kai.query.QueryResult;
import ai.kai.secrets.SecretCipher;
import ai.kai.storage.ItemPage;
import ai.kai.storage.MetadataStore;
import ai.kai.storage.StoredItem;
import ai.kai.tenancy.TenantId;

/**
 * A tenant's connections: configs stored under {@code CONN#alias} with their secrets encrypted (DESIGN D7, D9),
 * connectors made by whichever {@link ConnectorFactory} the registry has for the type (this class knows none),
 * opened lazily on first use, kept per process ({@link OpenConnectors}) and closed when the connection is deleted
 * or changed. Every use re-reads the item (one consistent read), so a deletion made through another Lambda
 * instance closes this instance's pool on its next use. Errors never carry a secret.
 */
public final class ConnectionManager implements AutoCloseable {
    static final String PREFIX = "CONN#";
    private static final TypeReference<Map<String, String>> SECRETS = new TypeReference<>() {
    };
    private final MetadataStore store;
    private final SecretCipher cipher;
    private final ConnectorRegistry registry;
    private final ConnectorSettings settings;
    private final DatabaseCache fileCache;
    private final OpenConnectors open;

    public ConnectionManager(MetadataStore store, SecretCipher cipher, ConnectorRegistry registry, ConnectorSettings settings) {
        this.store = store;
        this.cipher = cipher;
        this.registry = registry;
        this.settings = settings;
        this.fileCache = new DatabaseCache(settings.cacheDir(), settings.cacheMaxBytes());
        this.open = new OpenConnectors(settings.maxOpenConnectors());
    }

    public List<String> types() {
        return registry.types();
    }

    /** Validates and stores a connection; connects to nothing (use {@link #test}). */
    public ConnectionInfo create(TenantId tenant, ConnectionRequest request) {
        Optional<ConnectionUri> uri = request.uri().map(ConnectionUri::parse);
        ConnectorFactory factory = uri.map(u -> registry.forScheme(u.scheme()))
                .orElseGet(() -> registry.forType(request.type().orElseThrow()));
        if (request.type().isPresent() && !registry.forType(request.type().get()).type().equals(factory.type())) {
            throw new KaiException(ErrorCode.INVALID_CONNECTION_URI, "the URI is a " + factory.type()
                    + " URI but the request is for a " + request.type().get() + " connection");
        }
        ConnectionConfig config = factory.configure(
                new ConnectionDraft(request.alias(), uri, request.fields(), request.credentials()));
        String secret = config.secrets().isEmpty() ? null
                : cipher.encrypt(Json.write(config.secrets()), context(tenant, config.alias()));
        StoredConnection stored = new StoredConnection(config.alias(), config.type(), config.displayUri(),
                config.settings(), List.copyOf(config.secrets().keySet()), secret,
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        if (!store.create(tenant, PREFIX + config.alias(), Json.write(stored))) {
            throw new KaiException(ErrorCode.CONNECTION_EXISTS, "a connection named '" + config.alias()
                    + "' already exists; delete it first or choose another alias");
        }
        return stored.info();
    }

    public ConnectionInfo get(TenantId tenant, String alias) {
        return load(tenant, alias).stored().info();
    }

    public ConnectionPage list(TenantId tenant, int limit, Optional<String> cursor) {
        ItemPage page = store.query(tenant, PREFIX, Math.max(1, Math.min(limit, 100)), cursor, false);
        List<ConnectionInfo> items = new ArrayList<>();
        for (StoredItem item : page.items()) {
            items.add(Json.read(item.document(), StoredConnection.class).info());
        }
        return new ConnectionPage(items, page.nextCursor());
    }

    /** Deletes the connection and closes its pool in this process. */
    public void delete(TenantId tenant, String alias) {
        boolean existed = store.delete(tenant, PREFIX + alias);
        open.remove(tenant, alias);
        if (!existed) {
            throw notFound(alias);
        }
    }

    public ConnectionTestResult test(TenantId tenant, String alias) {
        return use(tenant, alias, Connector::test);
    }

    public DatabaseSchema schema(TenantId tenant, String alias) {
        return use(tenant, alias, Connector::schema);
    }

    public List<TableRef> tables(TenantId tenant, String alias, Optional<String> schema) {
        return use(tenant, alias, c -> c.listTables(schema));
    }

    public List<ColumnInfo> columns(TenantId tenant, String alias, String table) {
        return use(tenant, alias, c -> c.tableColumns(table));
    }

    public QueryResult query(TenantId tenant, String alias, String sql, QueryLimits limits) {
        QueryLimits bounded = bound(limits);
        return use(tenant, alias, c -> c.execute(sql, bounded));
    }

    public StreamSummary stream(TenantId tenant, String alias, String sql, QueryLimits limits, int batchSize,
            BatchSink sink) {
        QueryLimits bounded = bound(limits);
        return use(tenant, alias, c -> c.stream(sql, bounded, Math.max(1, batchSize), sink));
    }

    @Override
    public void close() {
        open.closeAll();
    }

    private QueryLimits bound(QueryLimits limits) {
        Duration max = settings.maxStatementTimeout();
        return limits.timeout().compareTo(max) > 0 ? new QueryLimits(limits.maxRows(), max) : limits;
    }

    private <T> T use(TenantId tenant, String alias, Function<Connector, T> action) {
        Loaded loaded = load(tenant, alias);
        Connector connector = open.get(tenant, alias, loaded.version(), () -> connector(tenant, loaded));
        try {
            return action.apply(connector);
        } catch (KaiException e) {
            throw scrubbed(e, loaded);
        } catch (RuntimeException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "the " + loaded.stored().type()
                    + " connector failed unexpectedly (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Connector connector(TenantId tenant, Loaded loaded) {
        StoredConnection s = loaded.stored();
        Map<String, String> secrets = s.secret() == null ? Map.of() : readSecrets(tenant, s);
        ConnectionConfig config = new ConnectionConfig(s.alias(), s.type(), s.displayUri(), s.settings(), secrets);
        ConnectorContext context = new ConnectorContext(tenant, settings.blobs(), fileCache,
                settings.cacheDir().resolve("work"), settings.connectTimeout(), settings.maxResultBytes(),
                settings.maxPoolSize());
        return registry.forType(s.type()).create(config, context);
    }

    private Map<String, String> readSecrets(TenantId tenant, StoredConnection s) {
        String json = cipher.decrypt(s.secret(), context(tenant, s.alias()));
        try {
            return Json.mapper().readValue(json, SECRETS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new KaiException(ErrorCode.SECRET_DECRYPTION_FAILED, "a stored credential is unreadable");
        }
    }

    /** Rebuilds a failure with secret values removed from its message and without a cause that could hold one. */
    private KaiException scrubbed(KaiException e, Loaded loaded) {
        List<String> secrets = loaded.secretValues();
        String message = Redaction.scrub(e.getMessage(), secrets);
        boolean keepCause = !e.isClientError() && e.getCause() != null && !mentionsAny(e.getCause(), secrets);
        return keepCause ? new KaiException(e.code(), message, e.getCause()) : new KaiException(e.code(), message);
    }

    private static boolean mentionsAny(Throwable t, List<String> secrets) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (secrets.stream().anyMatch(s -> s != null && !s.isEmpty() && m.contains(s))) {
                return true;
            }
        }
        return false;
    }

    private Loaded load(TenantId tenant, String alias) {
        StoredItem item = store.get(tenant, PREFIX + alias).orElseThrow(() -> {
            open.remove(tenant, alias);
            return notFound(alias);
        });
        return new Loaded(tenant, item.version(), Json.read(item.document(), StoredConnection.class));
    }

    private static KaiException notFound(String alias) {
        return new KaiException(ErrorCode.CONNECTION_NOT_FOUND, "there is no connection named '" + alias + "'");
    }

    static String context(TenantId tenant, String alias) {
        return tenant.value() + "/" + alias;
    }

    /** A stored item and, once decrypted for a connector, the values to scrub from its errors. */
    private final class Loaded {
        private final TenantId tenant;
        private final long version;
        private final StoredConnection stored;

        Loaded(TenantId tenant, long version, StoredConnection stored) {
            this.tenant = tenant;
            this.version = version;
            this.stored = stored;
        }

        long version() {
            return version;
        }

        StoredConnection stored() {
            return stored;
        }

        List<String> secretValues() {
            if (stored.secret() == null) {
                return List.of();
            }
            try {
                return List.copyOf(readSecrets(tenant, stored).values());
            } catch (KaiException e) {
                return List.of();
            }
        }
    }
}
