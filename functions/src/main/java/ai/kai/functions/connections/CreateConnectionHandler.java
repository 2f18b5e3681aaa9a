package ai.kai.functions.connections;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.connect.ConnectionManager;
import ai.kai.connect.ConnectionRequest;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.functions.runtime.ConnectionServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;

/**
 * {@code POST /api/v2/connections} ({@code {"alias", "uri"}} or {@code {"alias", "type", ...fields}}) and the
 * per-type routes {@code POST /api/v2/connections/{bigquery|snowflake|redshift|duckdb}}, where the route fixes the
 * type. {@code "credentials"} is a credentials file's content (text or a JSON object). Stores, connects to nothing.
 */
public final class CreateConnectionHandler extends ApiHandler {
    /** The per-type routes' last segment. */
    public static final Set<String> ROUTE_TYPES = Set.of("bigquery", "snowflake", "redshift", "duckdb");
    private static final Set<String> RESERVED = Set.of("alias", "uri", "type", "credentials");
    private final ConnectionManager connections;

    public CreateConnectionHandler() {
        this(Services.get().tenantClaim(), ConnectionServices.manager());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/connections", Map.of(), "{}"));
    }

    public CreateConnectionHandler(String tenantClaim, ConnectionManager connections) {
        super(tenantClaim);
        this.connections = connections;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        JsonNode body = request.jsonBody();
        Optional<String> routeType = routeType(request.path());
        Optional<String> bodyType = text(body, "type");
        if (routeType.isPresent() && bodyType.isPresent() && !routeType.get().equalsIgnoreCase(bodyType.get())) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "this route creates " + routeType.get()
                    + " connections; drop 'type' or use POST /api/v2/connections");
        }
        String alias = text(body, "alias").orElseThrow(() -> new KaiException(ErrorCode.MISSING_FIELD,
                "'alias' (a string) is required, e.g. {\"alias\": \"warehouse\", \"uri\": \"postgresql://…\"}"));
        ConnectionRequest create = new ConnectionRequest(alias, text(body, "uri"), routeType.or(() -> bodyType),
                fields(body), credentials(body));
        return ApiResult.created(connections.create(tenant, create));
    }

    static Optional<String> routeType(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return ROUTE_TYPES.contains(last) ? Optional.of(last) : Optional.empty();
    }

    private static Optional<String> text(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'" + name + "' must be a string");
        }
        return Optional.of(node.asText());
    }

    private static Map<String, String> fields(JsonNode body) {
        Map<String, String> fields = new HashMap<>();
        body.properties().forEach(e -> {
            if (!RESERVED.contains(e.getKey()) && !e.getValue().isNull()) {
                if (!e.getValue().isValueNode()) {
                    throw new KaiException(ErrorCode.INVALID_REQUEST, "'" + e.getKey() + "' must be a string or a number");
                }
                fields.put(e.getKey(), e.getValue().asText());
            }
        });
        return fields;
    }

    private static Optional<String> credentials(JsonNode body) {
        JsonNode node = body.get("credentials");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(node.isTextual() ? node.asText() : node.toString());
    }
}
