package ai.kai.connect;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A validated connection: its alias and type, the URI to show (redacted), its settings (host, port, database,
 * warehouse, ...) and its secrets (password, private key, service-account JSON), which are stored encrypted and
 * never returned or printed: {@link #toString()} names the secrets but shows no value.
 */
public record ConnectionConfig(String alias, String type, String displayUri, Map<String, String> settings,
        Map<String, String> secrets) {

    public ConnectionConfig {
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        secrets = Collections.unmodifiableMap(new TreeMap<>(secrets));
    }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    public String requireSetting(String name) {
        return setting(name).orElseThrow(() -> new KaiException(ErrorCode.INTERNAL_ERROR,
                "the stored connection " + alias + " lacks its '" + name + "' setting"));
    }

    public Optional<String> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public String toString() {
        return "ConnectionConfig[alias=" + alias + ", type=" + type + ", uri=" + displayUri + ", settings=" + settings
                + ", secrets=" + secrets.keySet() + "]";
    }
}
