package ai.kai.connect;

import java.util.List;
import java.util.Map;

/**
 * What the API and CLI show of a connection: alias, type, the redacted URI, its non-secret settings and the
 * names (never the values) of the credentials it holds; {@code createdAt} is ISO-8601 UTC.
 */
public record ConnectionInfo(String alias, String type, String uri, Map<String, String> settings,
        List<String> credentialFields, String createdAt) {
}
