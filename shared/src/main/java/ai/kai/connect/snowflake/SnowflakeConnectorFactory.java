package ai.kai.connect.snowflake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectionDraft;
import ai.kai.connect.ConnectionUri;
import ai.kai.connect.Connector;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.ConnectorFactory;
import ai.kai.connect.CredentialsFile;
import ai.kai.connect.jdbc.JdbcConnector;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Snowflake through snowflake-jdbc: {@code snowflake://user[:password]@account/DATABASE/SCHEMA?warehouse=WH&role=R}.
 * Password, or key-pair authentication with a PKCS#8 private key ({@code --credentials rsa_key.p8}, optionally
 * {@code private_key_passphrase}). {@code host}/{@code port}/{@code ssl} address a non-default endpoint.
 */
public final class SnowflakeConnectorFactory implements ConnectorFactory {
    static final List<String> OPTIONS = List.of("warehouse", "role", "host", "port", "ssl");

    @Override
    public String type() {
        return "snowflake";
    }

    @Override
    public ConnectionConfig configure(ConnectionDraft d) {
        Optional<ConnectionUri> uri = d.uri();
        String account = d.value("account").or(() -> uri.map(ConnectionUri::host).filter(h -> !h.isBlank()))
                .orElseThrow(() -> new KaiException(ErrorCode.MISSING_FIELD, "name the Snowflake account: snowflake://user@account/DB/SCHEMA"));
        if (!account.matches("[A-Za-z0-9_.-]+")) {
            throw new KaiException(ErrorCode.INVALID_CONNECTION_URI, "'" + account + "' is not a Snowflake account identifier");
        }
        List<String> path = uri.map(ConnectionUri::pathSegments).orElse(List.of());
        Map<String, String> creds = d.credentials().map(c -> c.strip().startsWith("-----BEGIN")
                ? Map.of("private_key", c) : CredentialsFile.fields(Optional.of(c), "password")).orElse(Map.of());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("account", account);
        String user = d.value("user").or(() -> Optional.ofNullable(creds.get("user"))).or(() -> uri.flatMap(ConnectionUri::user))
                .orElseThrow(() -> new KaiException(ErrorCode.MISSING_FIELD, "the Snowflake connection needs a user"));
        settings.put("user", user);
        d.value("database").or(() -> path.stream().findFirst()).ifPresent(v -> settings.put("database", v));
        d.value("schema").or(() -> path.stream().skip(1).findFirst()).ifPresent(v -> settings.put("schema", v));
        for (String option : OPTIONS) {
            d.value(option).ifPresent(v -> settings.put(option, v));
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        d.value("password").or(() -> Optional.ofNullable(creds.get("password"))).or(() -> uri.flatMap(ConnectionUri::password))
                .ifPresent(p -> secrets.put("password", p));
        d.value("private_key").or(() -> Optional.ofNullable(creds.get("private_key"))).ifPresent(k -> secrets.put("private_key", k));
        d.value("private_key_passphrase").or(() -> Optional.ofNullable(creds.get("private_key_passphrase")))
                .ifPresent(p -> secrets.put("private_key_passphrase", p));
        if (!secrets.containsKey("password") && !secrets.containsKey("private_key")) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "give the Snowflake password or a private key (--credentials rsa_key.p8)");
        }
        if (secrets.containsKey("private_key") && !secrets.get("private_key").contains("PRIVATE KEY-----")) {
            throw new KaiException(ErrorCode.INVALID_CREDENTIALS, "the private key must be a PEM file (-----BEGIN PRIVATE KEY-----)");
        }
        Map<String, String> query = new LinkedHashMap<>(settings);
        query.keySet().removeAll(List.of("account", "user", "database", "schema"));
        String display = ConnectionUri.format("snowflake", Optional.of(user), secrets.containsKey("password"), account,
                Optional.empty(), String.join("/", path.isEmpty() ? dbAndSchema(settings) : path), query);
        return new ConnectionConfig(d.alias(), type(), display, settings, secrets);
    }

    private static List<String> dbAndSchema(Map<String, String> s) {
        return s.containsKey("database") ? (s.containsKey("schema") ? List.of(s.get("database"), s.get("schema"))
                : List.of(s.get("database"))) : List.of();
    }

    @Override
    public Connector create(ConnectionConfig config, ConnectorContext context) {
        return new JdbcConnector(new SnowflakeDialect(config), context, config.secrets().values());
    }
}
