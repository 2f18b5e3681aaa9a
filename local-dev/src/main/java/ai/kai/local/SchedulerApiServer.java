package ai.kai.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.schedule.ScheduleExpression;

/**
 * The EventBridge Scheduler API on 127.0.0.1, as the AWS SDK v2 {@code SchedulerClient} speaks it (REST-JSON):
 * CreateSchedule {@code POST /schedules/{name}}, UpdateSchedule {@code PUT}, GetSchedule {@code GET},
 * DeleteSchedule {@code DELETE}, ListSchedules {@code GET /schedules}, CreateScheduleGroup and GetScheduleGroup
 * {@code /schedule-groups/{name}}. Errors carry EventBridge's types (ValidationException 400,
 * ResourceNotFoundException 404, ConflictException 409); expressions and zones are checked like EventBridge does.
 */
final class SchedulerApiServer implements AutoCloseable {
    private static final Pattern NAME = Pattern.compile("[0-9a-zA-Z._-]{1,64}");

    private final HttpServer server;
    private final LocalScheduleStore store;
    private final Clock clock;
    private final String region;

    private SchedulerApiServer(HttpServer server, LocalScheduleStore store, Clock clock, String region) {
        this.server = server;
        this.store = store;
        this.clock = clock;
        this.region = region;
    }

    static SchedulerApiServer start(LocalScheduleStore store, Clock clock, String region) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        SchedulerApiServer api = new SchedulerApiServer(http, store, clock, region);
        http.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "kai-scheduler-api");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/", api::handle);
        http.start();
        return api;
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private record Answer(int status, Object body) {
    }

    private static final class ApiError extends RuntimeException {
        private final int status;
        private final String type;

        ApiError(int status, String type, String message) {
            super(message);
            this.status = status;
            this.type = type;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer;
            String type = null;
            try {
                answer = route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        query(exchange.getRequestURI().getRawQuery()), exchange.getRequestBody().readAllBytes());
            } catch (ApiError e) {
                type = e.type;
                answer = new Answer(e.status, Map.of("Message", e.getMessage(), "__type", e.type));
            }
            byte[] bytes = Json.mapper().writeValueAsBytes(answer.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (type != null) {
                exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private Answer route(String method, String path, Map<String, String> query, byte[] body) {
        String[] parts = path.split("/");
        if (parts.length == 3 && parts[1].equals("schedule-groups")) {
            String group = decode(parts[2]);
            return switch (method) {
                case "POST" -> createGroup(group);
                case "GET" -> getGroup(group);
                default -> throw new ApiError(405, "ValidationException", method + " " + path + " is not supported");
            };
        }
        if (parts.length == 3 && parts[1].equals("schedules")) {
            String name = decode(parts[2]);
            return switch (method) {
                case "POST" -> new Answer(200, Map.of("ScheduleArn", write(name, parse(body), false).arn(region)));
                case "PUT" -> new Answer(200, Map.of("ScheduleArn", write(name, parse(body), true).arn(region)));
                case "GET" -> new Answer(200, describe(find(query.getOrDefault("groupName", "default"), name)));
                case "DELETE" -> delete(query.getOrDefault("groupName", "default"), name);
                default -> throw new ApiError(405, "ValidationException", method + " " + path + " is not supported");
            };
        }
        if (parts.length == 2 && parts[1].equals("schedules") && method.equals("GET")) {
            return list(query.get("ScheduleGroup"), query.getOrDefault("NamePrefix", ""));
        }
        throw new ApiError(404, "ResourceNotFoundException", "no such operation: " + method + " " + path);
    }

    private Answer createGroup(String group) {
        requireName(group);
        if (!store.createGroup(group)) {
            throw new ApiError(409, "ConflictException", "Schedule group " + group + " already exists.");
        }
        return new Answer(200, Map.of("ScheduleGroupArn", groupArn(group)));
    }

    private Answer getGroup(String group) {
        if (!store.hasGroup(group)) {
            throw notFound("Schedule group " + group + " does not exist.");
        }
        return new Answer(200, Map.of("Arn", groupArn(group), "Name", group, "State", "ACTIVE"));
    }

    private LocalSchedule write(String name, JsonNode body, boolean update) {
        requireName(name);
        String group = body.path("GroupName").asText("default");
        if (!store.hasGroup(group)) {
            throw notFound("Schedule group " + group + " does not exist.");
        }
        var existing = store.get(group, name);
        if (update && existing.isEmpty()) {
            throw notFound("Schedule " + name + " does not exist.");
        }
        if (!update && existing.isPresent()) {
            throw new ApiError(409, "ConflictException", "Schedule " + name + " already exists.");
        }
        String expression = required(body, "ScheduleExpression");
        String zone = body.path("ScheduleExpressionTimezone").asText("UTC");
        validate(expression, zone);
        JsonNode target = body.path("Target");
        if (!body.path("FlexibleTimeWindow").has("Mode")) {
            throw new ApiError(400, "ValidationException", "FlexibleTimeWindow.Mode is required");
        }
        String now = clock.instant().toString();
        LocalSchedule schedule = new LocalSchedule(group, name, body.path("Description").asText(null), expression, zone,
                time(body.path("StartDate")), body.path("State").asText("ENABLED"), required(target, "Arn"),
                required(target, "RoleArn"), target.path("Input").asText(null),
                target.path("DeadLetterConfig").path("Arn").asText(null),
                existing.map(LocalSchedule::createdAt).orElse(now), now);
        store.put(schedule);
        return schedule;
    }

    private static void validate(String expression, String zone) {
        if (!expression.startsWith("cron(") && !expression.startsWith("rate(")) {
            throw new ApiError(400, "ValidationException", "Invalid Schedule Expression " + expression + ".");
        }
        try {
            ScheduleExpression.parse(expression);
            ScheduleExpression.zone(zone);
        } catch (KaiException e) {
            throw new ApiError(400, "ValidationException", e.getMessage());
        }
    }

    private Answer delete(String group, String name) {
        if (!store.delete(group, name)) {
            throw notFound("Schedule " + name + " does not exist.");
        }
        return new Answer(200, Map.of());
    }

    private LocalSchedule find(String group, String name) {
        return store.get(group, name).orElseThrow(() -> notFound("Schedule " + name + " does not exist."));
    }

    private ObjectNode describe(LocalSchedule s) {
        ObjectNode out = summary(s);
        out.put("ScheduleExpression", s.expression());
        out.put("ScheduleExpressionTimezone", s.timeZone());
        if (s.description() != null) {
            out.put("Description", s.description());
        }
        if (s.startDate() != null) {
            out.put("StartDate", epochSeconds(s.startDate()));
        }
        out.putObject("FlexibleTimeWindow").put("Mode", "OFF");
        ObjectNode target = out.putObject("Target");
        target.put("Arn", s.targetArn());
        target.put("RoleArn", s.roleArn());
        if (s.input() != null) {
            target.put("Input", s.input());
        }
        if (s.deadLetterArn() != null) {
            target.putObject("DeadLetterConfig").put("Arn", s.deadLetterArn());
        }
        return out;
    }

    private ObjectNode summary(LocalSchedule s) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("Arn", s.arn(region));
        out.put("Name", s.name());
        out.put("GroupName", s.group());
        out.put("State", s.state());
        out.put("CreationDate", epochSeconds(s.createdAt()));
        out.put("LastModificationDate", epochSeconds(s.modifiedAt()));
        out.putObject("Target").put("Arn", s.targetArn());
        return out;
    }

    private Answer list(String group, String prefix) {
        List<ObjectNode> found = store.all().stream()
                .filter(s -> group == null || s.group().equals(group))
                .filter(s -> s.name().startsWith(prefix))
                .map(this::summary).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Schedules", found);
        return new Answer(200, out);
    }

    private String groupArn(String group) {
        return "arn:aws:scheduler:" + region + ":" + LocalScheduler.ACCOUNT + ":schedule-group/" + group;
    }

    private static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new ApiError(400, "ValidationException", "name '" + name + "' must be 1-64 of [0-9a-zA-Z-_.]");
        }
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asText("");
        if (value.isEmpty()) {
            throw new ApiError(400, "ValidationException", field + " is required");
        }
        return value;
    }

    private static String time(JsonNode epochSeconds) {
        return epochSeconds.isNumber() ? Instant.ofEpochMilli(Math.round(epochSeconds.asDouble() * 1000)).toString() : null;
    }

    private static double epochSeconds(String instant) {
        return Instant.parse(instant).toEpochMilli() / 1000.0;
    }

    private static JsonNode parse(byte[] body) {
        try {
            return Json.mapper().readTree(body.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : body);
        } catch (IOException e) {
            throw new ApiError(400, "ValidationException", "the request body is not JSON");
        }
    }

    private static ApiError notFound(String message) {
        return new ApiError(404, "ResourceNotFoundException", message);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
