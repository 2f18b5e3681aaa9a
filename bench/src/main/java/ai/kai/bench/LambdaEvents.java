package ai.kai.bench;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.Trigger;
import ai.kai.json.Json;

/** The JSON events Lambda hands our functions: API Gateway HTTP API payload 2.0 and S3 ObjectCreated notifications. */
final class LambdaEvents {
    private LambdaEvents() {
    }

    /**
     * An API Gateway HTTP API payload-2.0 event, with the claims its JWT authorizer passes on when {@code token} is
     * not null; the route key is the catalog's path template that {@code path} matches.
     */
    static String httpApi(String method, String path, Map<String, String> pathParameters, String body, String token) {
        boolean authenticated = token != null;
        String routeKey = method + " " + routeTemplate(method, path);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "local");
        headers.put("user-agent", "kai-bench");
        if (body != null) {
            headers.put("content-type", "application/json");
        }
        if (authenticated) {
            headers.put("authorization", "Bearer " + token);
        }
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", method);
        http.put("path", path);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", "kai-bench");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        if (authenticated) {
            context.put("authorizer", Map.of("jwt", Map.of("claims", Map.of("custom:tenant", BenchStack.TENANT,
                    "sub", "local-" + BenchStack.TENANT, "token_use", "id"), "scopes", List.of())));
        }
        context.put("domainName", "local");
        context.put("domainPrefix", "local");
        context.put("http", http);
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("time", Instant.now().toString());
        context.put("timeEpoch", System.currentTimeMillis());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", path);
        event.put("rawQueryString", "");
        event.put("headers", headers);
        if (!pathParameters.isEmpty()) {
            event.put("pathParameters", pathParameters);
        }
        event.put("requestContext", context);
        if (body != null) {
            event.put("body", body);
        }
        event.put("isBase64Encoded", false);
        return Json.write(event);
    }

    /** An S3 {@code ObjectCreated:Put} notification for one object, as S3 sends it to the ingest function. */
    static String s3ObjectCreated(String region, String bucket, String key, long size, String etag) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("key", key);
        object.put("size", size);
        object.put("eTag", etag);
        object.put("sequencer", Long.toHexString(System.nanoTime()).toUpperCase(Locale.ROOT));
        Map<String, Object> s3Part = new LinkedHashMap<>();
        s3Part.put("s3SchemaVersion", "1.0");
        s3Part.put("configurationId", "kai-ingest");
        s3Part.put("bucket", Map.of("name", bucket, "ownerIdentity", Map.of("principalId", "local"),
                "arn", "arn:aws:s3:::" + bucket));
        s3Part.put("object", object);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", region);
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", "ObjectCreated:Put");
        record.put("userIdentity", Map.of("principalId", "local"));
        record.put("requestParameters", Map.of("sourceIPAddress", "127.0.0.1"));
        record.put("responseElements", Map.of("x-amz-request-id", UUID.randomUUID().toString(), "x-amz-id-2", "local"));
        record.put("s3", s3Part);
        return Json.write(Map.of("Records", List.of(record)));
    }

    /** An S3 notification with no records: what the ingest function primes on. */
    static String s3Empty() {
        return "{\"Records\":[]}";
    }

    private static String routeTemplate(String method, String path) {
        return FunctionCatalog.all().stream()
                .filter(f -> f.trigger() instanceof Trigger.Http h && h.method().equals(method) && matches(h.path(), path))
                .map(f -> ((Trigger.Http) f.trigger()).path()).findFirst().orElse(path);
    }

    private static boolean matches(String template, String path) {
        return path.matches(template.replaceAll("\\{[^/]+}", "[^/]+"));
    }
}
