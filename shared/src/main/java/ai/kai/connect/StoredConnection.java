package ai.kai.connect;

import java.util.List;
import java.util.Map;

/**
 * The metadata item of a connection ({@code SK = CONN#alias}): everything but the secrets in clear, the secrets
 * as one envelope ({@link ai.kai.secrets.SecretCipher}) of their JSON, bound to {@code tenant/alias}.
 */
record StoredConnection(String alias, String type, String displayUri, Map<String, String> settings,
        List<String> secretFields, String secret, String createdAt) {

    ConnectionInfo info() {
        return new ConnectionInfo(alias, type, displayUri, settings, secretFields, createdAt);
    }
}
