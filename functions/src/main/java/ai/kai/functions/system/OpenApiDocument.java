package ai.kai.functions.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.functions.analytics.AnalyticsSchemas;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.functions.catalog.Trigger;

/** The OpenAPI 3.0 document of the HTTP functions, generated from the {@link FunctionCatalog}. */
public final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z_]+)}");

    private OpenApiDocument() {
    }

    public static Map<String, Object> generate() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "KAI Analytics API", "version", "2",
                "description", "Every response is the wrapper {success, data, error: {code, message}, metadata}."));
        doc.put("servers", List.of(Map.of("url", "/")));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (FunctionSpec f : FunctionCatalog.http()) {
            Trigger.Http route = (Trigger.Http) f.trigger();
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            item.put(route.method().toLowerCase(), operation(f, route));
        }
        doc.put("paths", paths);
        doc.put("components", components());
        return doc;
    }

    private static Map<String, Object> operation(FunctionSpec f, Trigger.Http route) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", f.name());
        op.put("summary", f.summary());
        List<Map<String, Object>> parameters = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(route.path());
        while (m.find()) {
            parameters.add(Map.of("name", m.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
        }
        if (f.name().equals("kai-files-profile")) {
            parameters.add(Map.of("name", "format", "in", "query", "schema", Map.of("type", "string", "enum", List.of("json", "html"))));
        }
        if (f.name().equals("kai-viz-get")) {
            parameters.add(Map.of("name", "format", "in", "query", "schema", Map.of("type", "string", "enum", List.of("json", "html_cdn"))));
        }
        if (f.name().equals("kai-files-list")) {
            parameters.add(Map.of("name", "page_size", "in", "query", "schema", Map.of("type", "integer", "minimum", 1, "maximum", 100, "default", 50)));
            parameters.add(Map.of("name", "cursor", "in", "query", "schema", Map.of("type", "string")));
        }
        parameters.addAll(RouteSchemas.queryParameters(f.name()));
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Map<String, Object> body = requestBody(f.name());
        if (body != null) {
            op.put("requestBody", body);
        }
        op.put("security", route.authenticated() ? List.of(Map.of("bearer", List.of())) : List.of());
        Map<String, Object> responses = new LinkedHashMap<>();
        boolean creates = f.name().equals("kai-files-upload") || f.name().equals("kai-files-clean")
                || f.name().equals("kai-viz-generate") || f.name().equals("kai-viz-themes-create")
                || f.name().startsWith("kai-connections-create");
        Map<String, Object> data = RouteSchemas.responseData(f.name());
        List<String> statuses = RouteSchemas.successStatuses(f.name());
        for (String status : statuses != null ? statuses : List.of(creates ? "201" : "200")) {
            responses.put(status, data == null ? envelope("success") : envelope("success", data));
        }
        responses.put("4XX", envelope("the caller's mistake; error.code is stable"));
        responses.put("5XX", envelope("a server failure"));
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> requestBody(String function) {
        return switch (function) {
            case "kai-files-upload" -> json(Map.of("type", "object", "required", List.of("name"), "properties", Map.of(
                    "name", Map.of("type", "string", "example", "sales.csv"),
                    "mode", Map.of("type", "string", "enum", List.of("inline", "presigned"), "default", "inline"),
                    "content_base64", Map.of("type", "string", "format", "byte"),
                    "content", Map.of("type", "string", "description", "the file as text (alternative to content_base64)"),
                    "size_bytes", Map.of("type", "integer", "description", "required with mode=presigned"))));
            case "kai-files-query" -> json(Map.of("type", "object", "required", List.of("sql"), "properties", Map.of(
                    "sql", Map.of("type", "string", "example", "SELECT region, SUM(revenue) FROM data GROUP BY region"),
                    "limit", Map.of("type", "integer", "minimum", 1, "maximum", 100000, "default", 1000))));
            case "kai-files-clean" -> json(Map.of("type", "object", "required", List.of("operations"), "properties", Map.of(
                    "operations", Map.of("type", "array", "items", Map.of("type", "object", "required", List.of("op"),
                            "properties", Map.of("op", Map.of("type", "string", "enum", List.of("drop_missing_rows",
                                    "drop_columns", "drop_sparse_columns", "fill_missing", "convert_type", "deduplicate",
                                    "trim_whitespace", "rename_column"))))),
                    "name", Map.of("type", "string", "description", "name of the new version (default: <name>-cleaned)"))));
            case "kai-analytics-profile" -> json(Map.of("type", "object", "properties", Map.of(
                    "file_id", Map.of("type", "string"),
                    "data", Map.of("type", "array", "items", Map.of("type", "object")),
                    "connection", Map.of("type", "string", "description", "a connection alias (with 'sql')"),
                    "sql", Map.of("type", "string", "description", "read-only query on the connection, in its dialect"),
                    "format", Map.of("type", "string", "enum", List.of("json", "html")))));
            case "kai-analytics-statistics", "kai-analytics-forecast", "kai-analytics-anomalies" ->
                    json(AnalyticsSchemas.requestBody(function));
            default -> RouteSchemas.requestBody(function);
        };
    }

    private static Map<String, Object> json(Map<String, Object> schema) {
        return Map.of("required", true, "content", Map.of("application/json", Map.of("schema", schema)));
    }

    private static Map<String, Object> envelope(String description) {
        return Map.of("description", description, "content",
                Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Envelope"))));
    }

    /** The envelope whose {@code data} has this schema. */
    private static Map<String, Object> envelope(String description, Map<String, Object> data) {
        Map<String, Object> schema = Map.of("allOf", List.of(Map.of("$ref", "#/components/schemas/Envelope"),
                Map.of("type", "object", "properties", Map.of("data", data))));
        return Map.of("description", description, "content", Map.of("application/json", Map.of("schema", schema)));
    }

    private static Map<String, Object> components() {
        List<String> codes = new ArrayList<>();
        for (ErrorCode c : ErrorCode.values()) {
            codes.add(c.name());
        }
        Map<String, Object> error = Map.of("type", "object", "nullable", true, "properties", Map.of(
                "code", Map.of("type", "string", "enum", codes), "message", Map.of("type", "string")));
        Map<String, Object> envelope = Map.of("type", "object", "required", List.of("success", "data", "error", "metadata"),
                "properties", Map.of("success", Map.of("type", "boolean"), "data", Map.of("nullable", true),
                        "error", error, "metadata", Map.of("type", "object")));
        return Map.of("schemas", Map.of("Envelope", envelope),
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT")));
    }
}
