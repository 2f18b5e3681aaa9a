package ai.kai.functions.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import ai.kai.config.KaiConfig;
import ai.kai.connect.ConnectionManager;
import ai.kai.connect.ConnectionReader;
import ai.kai.connect.ConnectionRows;
import ai.kai.connect.ConnectorRegistry;
import ai.kai.connect.ConnectorSettings;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.secrets.EnvelopeCipher;
import ai.kai.secrets.KeyWrapper;
import ai.kai.secrets.KmsKeyWrapper;
import ai.kai.secrets.LocalKeyWrapper;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The connection manager of the connection functions, built once per JVM on top of {@link Services}: secrets are
 * sealed with a local key file ({@code KAI_SECRETS_KEY_FILE}, the local stack) or else a KMS key
 * ({@code KAI_KMS_KEY_ID}, AWS; {@code KAI_KMS_ENDPOINT} for LocalStack). The key is looked up when a credential is
 * first sealed or opened, never at init, so functions that do neither need no key. Statements end before API
 * Gateway stops waiting.
 */
public final class ConnectionServices {
    /** API Gateway answers 504 after 30 s, the function stops at 29 s: a statement gets at most this. */
    static final Duration MAX_STATEMENT_TIMEOUT = Duration.ofSeconds(25);
    private static ConnectionManager manager;
    private static Services owner;

    private ConnectionServices() {
    }

    public static synchronized ConnectionManager manager() {
        Services services = Services.get();
        if (manager == null || owner != services) {
            if (manager != null) {
                manager.close();
            }
            manager = build(services);
            owner = services;
        }
        return manager;
    }

    private static ConnectionManager build(Services services) {
        KaiConfig config = services.config();
        ConnectorSettings base = ConnectorSettings.from(config, Optional.of(services.blobs()));
        Duration statement = base.maxStatementTimeout().compareTo(MAX_STATEMENT_TIMEOUT) > 0
                ? MAX_STATEMENT_TIMEOUT : base.maxStatementTimeout();
        ConnectorSettings settings = new ConnectorSettings(base.blobs(), base.cacheDir(), base.cacheMaxBytes(),
                base.connectTimeout(), statement, base.maxResultBytes(), base.maxPoolSize(), base.maxOpenConnectors());
        return new ConnectionManager(services.metadata(), new EnvelopeCipher(new DeferredKeyWrapper(() -> keyWrapper(config))),
                ConnectorRegistry.fromClassPath(), settings);
    }

    private static KeyWrapper keyWrapper(KaiConfig config) {
        Optional<String> keyFile = setting("KAI_SECRETS_KEY_FILE");
        if (keyFile.isPresent()) {
            return LocalKeyWrapper.open(Path.of(keyFile.get()));
        }
        String keyId = setting("KAI_KMS_KEY_ID").orElseThrow(() -> new KaiException(ErrorCode.SECRETS_UNAVAILABLE,
                "this function has no secrets key (KAI_KMS_KEY_ID), so it cannot seal or open connection credentials"));
        var kms = KmsClient.builder().region(Region.of(config.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        setting("KAI_KMS_ENDPOINT").map(java.net.URI::create).ifPresent(kms::endpointOverride);
        return new KmsKeyWrapper(kms.build(), keyId);
    }

    /** {@code KAI_X_Y} as the system property {@code kai.x.y} (the local stack), else the environment. */
    /**
     * Reads a connection's query for an analysis or a chart. The manager (and so the secrets key) is built on the
     * first such request, never at the init of a function that may never read a connection.
     */
    public static ConnectionReader reader() {
        return new ConnectionRows(ConnectionServices::manager, Services.get().config().queryTimeout());
    }

    private static Optional<String> setting(String name) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        String value = property != null && !property.isBlank() ? property : System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
