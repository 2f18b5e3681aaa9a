package ai.kai.functions.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies and response {@code data} of the {@code /connections} routes for the OpenAPI document. The
 * secret-bearing fields are write-only: no response schema has them, as no response carries them.
 */
final class ConnectionApiSchemas {
    private static final Map<String, Object> STRING = Map.of("type", "string");
    private static final Map<String, Object> SECRET = Map.of("type", "string", "writeOnly", true,
            "description", "sealed at rest, never returned");
    private static final Map<String, Object> ALIAS = Map.of("type", "string", "pattern", "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
            "example", "warehouse");
    private static final Map<String, Object> PORT = Map.of("type", "integer", "minimum", 1, "maximum", 65535);
    private static final Map<String, Object> CREDENTIALS = Map.of("writeOnly", true, "description",
            "a credentials file's content: service-account JSON (object or text), a PEM private key, or a JSON object of fields",
            "oneOf", List.of(STRING, Map.of("type", "object")));
    private static final Map<String, Object> INFO = Map.of("type", "object", "properties", props(
            "alias", STRING, "type", STRING,
            "uri", Map.of("type", "string", "description", "redacted: a password shows as ****"),
            "settings", Map.of("type", "object", "additionalProperties", STRING),
            "credential_fields", Map.of("type", "array", "items", STRING, "description", "names only, never values"),
            "created_at", Map.of("type", "string", "format", "date-time")));
    private static final Map<String, Object> QUERY_RESULT = Map.of("type", "object", "properties", props(
            "columns", Map.of("type", "array", "items", STRING), "types", Map.of("type", "array", "items", STRING),
            "rows", Map.of("type", "array", "items", Map.of("type", "array", "items", Map.of())),
            "row_count", Map.of("type", "integer"), "execution_time_ms", Map.of("type", "integer"),
            "truncated", Map.of("type", "boolean"), "metadata", Map.of("type", "object")));
    private static final Map<String, Object> TABLE = Map.of("type", "object", "properties",
            props("schema", STRING, "name", STRING, "kind", Map.of("type", "string", "example", "TABLE")));

    private ConnectionApiSchemas() {
    }

    /** The body schema of a connection function, or null for others. */
    static Map<String, Object> requestBody(String function) {
        return switch (function) {
            case "kai-connections-create" -> body(List.of("alias"), props(
                    "alias", ALIAS,
                    "uri", Map.of("type", "string", "example", "postgresql://user:pass@host:5432/db",
                            "description", "a connection URI; or give 'type' and the typed fields instead"),
                    "type", Map.of("type", "string", "enum", List.of("postgresql", "mysql", "sqlite", "duckdb", "redshift",
                            "bigquery", "snowflake")),
                    "host", STRING, "port", PORT, "database", STRING, "user", STRING, "password", SECRET,
                    "path", Map.of("type", "string", "description", "sqlite/duckdb: the database file under the tenant's storage"),
                    "credentials", CREDENTIALS));
            case "kai-connections-create-bigquery" -> body(List.of("alias"), props(
                    "alias", ALIAS, "uri", Map.of("type", "string", "example", "bigquery://my-project/dataset"),
                    "project", Map.of("type", "string", "example", "my-project"), "dataset", STRING, "location", STRING,
                    "maximum_bytes_billed", Map.of("type", "integer"),
                    "credentials", CREDENTIALS));
            case "kai-connections-create-snowflake" -> body(List.of("alias"), props(
                    "alias", ALIAS, "uri", Map.of("type", "string", "example", "snowflake://user@account/DB/SCHEMA?warehouse=WH"),
                    "account", STRING, "user", STRING, "password", SECRET,
                    "private_key", Map.of("type", "string", "writeOnly", true, "description", "PKCS#8 PEM, for key-pair auth"),
                    "private_key_passphrase", SECRET, "database", STRING, "schema", STRING, "warehouse", STRING,
                    "role", STRING, "credentials", CREDENTIALS));
            case "kai-connections-create-redshift" -> body(List.of("alias"), props(
                    "alias", ALIAS, "uri", Map.of("type", "string", "example", "redshift://user:pass@cluster:5439/dev"),
                    "host", STRING, "port", PORT, "database", STRING, "user", STRING, "password", SECRET,
                    "credentials", CREDENTIALS));
            case "kai-connections-create-duckdb" -> body(List.of("alias"), props(
                    "alias", ALIAS, "uri", Map.of("type", "string", "example", "duckdb://databases/warehouse.duckdb"),
                    "path", Map.of("type", "string", "example", "databases/warehouse.duckdb")));
            case "kai-connections-query" -> body(List.of("sql"), props(
                    "sql", Map.of("type", "string", "description", "one read-only statement in the source's dialect"),
                    "limit", Map.of("type", "integer", "minimum", 1, "maximum", 100000, "default", 1000)));
            case "kai-connections-test" -> body(List.of(), Map.of());
            default -> null;
        };
    }

    /** The schema of {@code data} in a connection function's success answer, or null for others. */
    static Map<String, Object> responseData(String function) {
        if (function.startsWith("kai-connections-create") || function.equals("kai-connections-get")) {
            return INFO;
        }
        return switch (function) {
            case "kai-connections-list" -> Map.of("type", "array", "items", INFO,
                    "description", "a page; metadata.next_cursor fetches the next");
            case "kai-connections-test" -> Map.of("type", "object", "properties", props("ok", Map.of("type", "boolean"),
                    "latency_ms", Map.of("type", "integer"), "server_version", STRING));
            case "kai-connections-schema" -> Map.of("type", "object", "properties", props("schemas", Map.of("type", "array",
                    "items", Map.of("type", "object", "properties", props("name", STRING,
                            "tables", Map.of("type", "array", "items", TABLE))))));
            case "kai-connections-query" -> QUERY_RESULT;
            case "kai-connections-delete" -> Map.of("type", "object", "properties", props("alias", STRING, "deleted",
                    Map.of("type", "boolean")));
            default -> null;
        };
    }

    private static Map<String, Object> body(List<String> required, Map<String, Object> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("properties", properties);
        return Map.of("required", !required.isEmpty(), "content", Map.of("application/json", Map.of("schema", schema)));
    }

    /** Properties in the order given. */
    private static Map<String, Object> props(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
