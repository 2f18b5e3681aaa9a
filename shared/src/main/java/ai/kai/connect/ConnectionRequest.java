package ai.kai.connect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A request to create a connection, as the API and CLI receive it: an alias, and a URI
 * ({@code POST /connections}, {@code kai connection create URI}) and/or a type with per-type fields
 * ({@code POST /connections/{type}}), plus optionally the content of a credentials file
 * ({@code --credentials FILE}: service-account JSON, a PEM private key, or a JSON object of fields).
 */
public record ConnectionRequest(String alias, Optional<String> uri, Optional<String> type, Map<String, String> fields,
        Optional<String> credentials) {
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");

    public ConnectionRequest {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw new KaiException(ErrorCode.INVALID_CONNECTION_ALIAS,
                    "a connection alias is 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        Map<String, String> lower = new HashMap<>();
        (fields == null ? Map.<String, String>of() : fields).forEach((k, v) -> {
            if (k != null && v != null) {
                lower.put(k.toLowerCase(Locale.ROOT), v);
            }
        });
        fields = Map.copyOf(lower);
        uri = uri == null ? Optional.empty() : uri.filter(u -> !u.isBlank());
        type = type == null ? Optional.empty() : type.filter(t -> !t.isBlank()).map(t -> t.toLowerCase(Locale.ROOT));
        credentials = credentials == null ? Optional.empty() : credentials.filter(c -> !c.isBlank());
        if (uri.isEmpty() && type.isEmpty()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "give a connection URI or a connection type");
        }
    }

    public static ConnectionRequest ofUri(String alias, String uri) {
        return new ConnectionRequest(alias, Optional.of(uri), Optional.empty(), Map.of(), Optional.empty());
    }

    public ConnectionRequest withCredentials(String content) {
        return new ConnectionRequest(alias, uri, type, fields, Optional.ofNullable(content));
    }

    public ConnectionRequest withFields(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(fields);
        merged.putAll(more);
        return new ConnectionRequest(alias, uri, type, merged, credentials);
    }

    @Override
    public String toString() {
        return "ConnectionRequest[alias=" + alias + ", uri=" + uri.map(u -> {
            try {
                return ConnectionUri.parse(u).redacted();
            } catch (KaiException e) {
                return "<unparsable>";
            }
        }).orElse("-") + ", type=" + type.orElse("-") + ", fields=" + fields.keySet() + "]";
    }
}
