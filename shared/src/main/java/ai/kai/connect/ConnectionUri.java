package ai.kai.connect;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A connection URI as users write it: {@code scheme://[user[:password]@]host[:port][/path][?key=value&...]},
 * e.g. {@code postgresql://kai:secret@db.example.com:5432/sales}, {@code bigquery://my-project/analytics},
 * {@code snowflake://acme-xy123/SALES/PUBLIC?warehouse=WH}. User and password may be percent-encoded; an
 * unencoded '@' in the password is tolerated (the last '@' before the query ends the user part).
 * {@link #toString()} and {@link #redacted()} never show the password or secret query parameters.
 */
public record ConnectionUri(
        String scheme,
        Optional<String> user,
        Optional<String> password,
        String host,
        Optional<Integer> port,
        String path,
        Map<String, String> query) {

    /** Query parameters whose values are secrets wherever they appear. */
    public static final Set<String> SECRET_PARAMETERS = Set.of("password", "pwd", "private_key", "privatekey",
            "private_key_pwd", "private_key_file_pwd", "private_key_passphrase", "passphrase", "token", "secret",
            "credentials", "credentials_json", "service_account_json", "access_token", "api_key", "sslpassword",
            "oauthaccesstoken");

    public ConnectionUri {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    public static ConnectionUri parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("the connection URI is empty");
        }
        String s = text.strip();
        int sep = s.indexOf("://");
        if (sep <= 0) {
            throw invalid("a connection URI starts with its type, e.g. postgresql://user@host:5432/db");
        }
        String scheme = s.substring(0, sep).toLowerCase(Locale.ROOT);
        if (!scheme.matches("[a-z][a-z0-9+.-]*")) {
            throw invalid("the URI scheme '" + scheme + "' is not a connection type");
        }
        String rest = s.substring(sep + 3);
        int q = rest.indexOf('?');
        String head = q < 0 ? rest : rest.substring(0, q);
        Map<String, String> query = parseQuery(q < 0 ? "" : rest.substring(q + 1));
        int at = head.lastIndexOf('@');
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (at >= 0) {
            String userInfo = head.substring(0, at);
            head = head.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon))).filter(u -> !u.isEmpty());
            password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
        }
        int slash = head.indexOf('/');
        String hostPort = slash < 0 ? head : head.substring(0, slash);
        String path = slash < 0 ? "" : head.substring(slash + 1);
        String host = hostPort;
        Optional<Integer> port = Optional.empty();
        int colon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
        if (colon >= 0) {
            host = hostPort.substring(0, colon);
            port = Optional.of(parsePort(hostPort.substring(colon + 1)));
        }
        return new ConnectionUri(scheme, user, password, decode(host), port, decode(path), query);
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            out.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw invalid("the port " + port + " is out of range (1-65535)");
            }
            return port;
        } catch (NumberFormatException e) {
            throw invalid("the port is not a number");
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("the URI has a malformed %-escape");
        }
    }

    private static KaiException invalid(String message) {
        return new KaiException(ErrorCode.INVALID_CONNECTION_URI, message);
    }

    /** Path segments, without empty ones: {@code SALES/PUBLIC} gives [SALES, PUBLIC]. */
    public java.util.List<String> pathSegments() {
        return java.util.Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).toList();
    }

    /** The URI with the password and secret parameters shown as {@code ****}. */
    public String redacted() {
        return format(scheme, user, password.isPresent(), host, port, path, query);
    }

    /** Builds a display URI: a password is shown as {@code ****} when present, secret parameters likewise. */
    public static String format(String scheme, Optional<String> user, boolean hasPassword, String host,
            Optional<Integer> port, String path, Map<String, String> query) {
        StringBuilder b = new StringBuilder(scheme).append("://");
        user.ifPresent(u -> b.append(encode(u)).append(hasPassword ? ":****" : "").append('@'));
        b.append(host);
        port.ifPresent(p -> b.append(':').append(p));
        if (!path.isEmpty()) {
            b.append('/').append(path);
        }
        if (!query.isEmpty()) {
            b.append('?').append(query.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + (isSecret(e.getKey()) ? "****" : encode(e.getValue())))
                    .collect(Collectors.joining("&")));
        }
        return b.toString();
    }

    public static boolean isSecret(String parameter) {
        return SECRET_PARAMETERS.contains(parameter.toLowerCase(Locale.ROOT));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }

    @Override
    public String toString() {
        return redacted();
    }
}
