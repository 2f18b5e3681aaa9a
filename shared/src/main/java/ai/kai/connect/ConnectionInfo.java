package ai.kai.connect;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the API and CLI show of a connection: alias, type, the redacted URI, its non-secret settings and the
 * names (never the values) of the credentials it holds.
 */
public record ConnectionInfo(String alias, String type, String uri, Map<String, String> settings,
        List<String> credentialFields, Instant createdAt) {
}
