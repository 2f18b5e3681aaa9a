package ai.kai.connect.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectionDraft;
import ai.kai.connect.ConnectionUri;
import ai.kai.connect.CredentialsFile;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The parts of a server connection (PostgreSQL, MySQL, Redshift): host, port, database, user, password, and the
 * options a type accepts, taken from per-type fields, the URI, or a credentials file, in that order.
 */
public record HostSettings(String host, int port, String database, Optional<String> user, Optional<String> password,
        Map<String, String> options) {

    public static HostSettings from(ConnectionDraft d, int defaultPort, boolean databaseRequired, Set<String> optionNames) {
        Map<String, String> creds = CredentialsFile.fields(d.credentials(), "password");
        Optional<ConnectionUri> uri = d.uri();
        String host = d.value("host").or(() -> uri.map(ConnectionUri::host).filter(h -> !h.isBlank()))
                .orElseThrow(() -> new KaiException(ErrorCode.MISSING_FIELD, "the connection needs a host"));
        if (!host.matches("[A-Za-z0-9._:\\[\\]-]+")) {
            throw new KaiException(ErrorCode.INVALID_CONNECTION_URI, "the host '" + host + "' is not a host name or address");
        }
        int port = d.value("port").map(HostSettings::port).or(() -> uri.flatMap(ConnectionUri::port)).orElse(defaultPort);
        String database = d.value("database").or(() -> uri.flatMap(u -> u.pathSegments().stream().findFirst())).orElse("");
        if (databaseRequired && database.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "name the database, e.g. " + "…://user@" + host + ":" + port + "/mydb");
        }
        Optional<String> user = d.value("user").or(() -> d.value("username"))
                .or(() -> Optional.ofNullable(creds.get("user"))).or(() -> uri.flatMap(ConnectionUri::user));
        Optional<String> password = d.value("password").or(() -> Optional.ofNullable(creds.get("password")))
                .or(() -> uri.flatMap(ConnectionUri::password));
        Map<String, String> options = new LinkedHashMap<>();
        for (String name : optionNames) {
            d.value(name).ifPresent(v -> options.put(name, v));
        }
        uri.ifPresent(u -> u.query().keySet().stream()
                .filter(k -> !optionNames.contains(k) && !k.equals("password") && !k.equals("user"))
                .findFirst().ifPresent(k -> {
                    throw new KaiException(ErrorCode.INVALID_CONNECTION_URI, "the URI parameter '" + k
                            + "' is not supported here" + (optionNames.isEmpty() ? "" : " (supported: " + String.join(", ", optionNames) + ")"));
                }));
        return new HostSettings(host, port, database, user, password, options);
    }

    public static HostSettings of(ConnectionConfig c) {
        Map<String, String> options = new LinkedHashMap<>(c.settings());
        options.keySet().removeAll(Set.of("host", "port", "database", "user"));
        return new HostSettings(c.requireSetting("host"), Integer.parseInt(c.requireSetting("port")),
                c.setting("database").orElse(""), c.setting("user"), c.secret("password"), options);
    }

    public Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>(options);
        s.put("host", host);
        s.put("port", Integer.toString(port));
        if (!database.isEmpty()) {
            s.put("database", database);
        }
        user.ifPresent(u -> s.put("user", u));
        return s;
    }

    public Map<String, String> secrets() {
        return password.map(p -> Map.of("password", p)).orElse(Map.of());
    }

    public String displayUri(String scheme) {
        return ConnectionUri.format(scheme, user, password.isPresent(), host, Optional.of(port), database, options);
    }

    public String location() {
        return host + ":" + port;
    }

    /** The driver URL {@code jdbc:<subprotocol>://host:port/database}. */
    public String jdbcUrl(String subprotocol) {
        return "jdbc:" + subprotocol + "://" + host + ":" + port + "/" + database;
    }

    /** Driver properties holding the user and password, where given; the dialect adds its own settings. */
    public java.util.Properties credentials() {
        java.util.Properties p = new java.util.Properties();
        user.ifPresent(u -> p.setProperty("user", u));
        password.ifPresent(pw -> p.setProperty("password", pw));
        return p;
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text.strip());
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new KaiException(ErrorCode.INVALID_CONNECTION_URI, "the port must be a number from 1 to 65535");
    }

    @Override
    public String toString() {
        return "HostSettings[" + displayUri("db") + "]";
    }
}
