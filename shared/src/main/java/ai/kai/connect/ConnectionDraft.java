package ai.kai.connect;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * What a caller asked for, before a factory validated it: the alias, the parsed URI if one was given, per-type
 * fields (lower-case keys) and the content of a credentials file. A value is looked up in the fields first,
 * then in the URI's query. {@link #toString()} shows no values.
 */
public record ConnectionDraft(String alias, Optional<ConnectionUri> uri, Map<String, String> fields,
        Optional<String> credentials) {

    public ConnectionDraft {
        fields = Map.copyOf(fields);
    }

    /** A field or URI query parameter, blank treated as absent. */
    public Optional<String> value(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Optional<String> field = Optional.ofNullable(fields.get(key)).filter(v -> !v.isBlank());
        if (field.isPresent()) {
            return field;
        }
        return uri.flatMap(u -> Optional.ofNullable(u.query().get(key))).filter(v -> !v.isBlank());
    }

    public String require(String name, String hint) {
        return value(name).orElseThrow(() -> new KaiException(ErrorCode.MISSING_FIELD,
                "the connection needs '" + name + "': " + hint));
    }

    @Override
    public String toString() {
        return "ConnectionDraft[alias=" + alias + ", uri=" + uri.map(ConnectionUri::redacted).orElse("-")
                + ", fields=" + fields.keySet() + ", credentials=" + (credentials.isPresent() ? "<given>" : "-") + "]";
    }
}
