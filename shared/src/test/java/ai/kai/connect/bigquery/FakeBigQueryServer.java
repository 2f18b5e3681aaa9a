package ai.kai.connect.bigquery;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server answering BigQuery REST v2 in its documented wire format, with DuckDB as the engine behind it:
 * jobs.insert (dry runs report statementType and totalBytesProcessed), jobs.get, jobs.cancel,
 * jobs.getQueryResults, tabledata.list (pageToken paging), datasets.list, tables.list, tables.get, and errors as
 * {@code {error: {code, message, status, errors: [{reason, message}]}}}. Request bodies may come gzip-encoded,
 * as google-http-client sends them. Every call needs the bearer token that
 * {@link FakeGoogleTokenServer} issued. A statement containing {@code /* slow *}{@code /} never finishes.
 */
final class FakeBigQueryServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROUTE = Pattern.compile("/bigquery/v2/projects/([^/]+)(/.*)?");
    private final HttpServer server;
    private final Connection duck;
    private final String project;
    private final Map<String, ObjectNode> jobs = new ConcurrentHashMap<>();
    final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile String acceptedToken;

    FakeBigQueryServer(String project, String acceptedToken) throws Exception {
        this.project = project;
        this.acceptedToken = acceptedToken;
        this.duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE SCHEMA analytics");
            s.execute("CREATE TABLE analytics.events AS SELECT range AS id, 'k' || (range % 3) AS kind, "
                    + "CAST(range * 1.25 AS DECIMAL(12,2)) AS amount, TIMESTAMP '2025-01-01 00:00:00' + INTERVAL (range) MINUTE AS happened_at, "
                    + "range % 2 = 0 AS is_even FROM range(2500)");
            s.execute("CREATE VIEW analytics.by_kind AS SELECT kind, count(*) AS n FROM analytics.events GROUP BY kind");
            s.execute("CREATE SCHEMA staging");
            s.execute("CREATE TABLE staging.raw (line VARCHAR)");
            s.execute("CREATE SCHEMA _anon");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        Map<String, String> query = query(ex.getRequestURI().getRawQuery());
        calls.add(ex.getRequestMethod() + " " + path.replaceFirst("/bigquery/v2/projects/[^/]+", "")
                + (query.containsKey("pageToken") ? "?pageToken=" + query.get("pageToken") : ""));
        try {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.equals("Bearer " + acceptedToken)) {
                error(ex, 401, "UNAUTHENTICATED", "authError",
                        "Request had invalid authentication credentials. Expected OAuth 2 access token.");
                return;
            }
            Matcher m = ROUTE.matcher(path);
            if (!m.matches() || !m.group(1).equals(project)) {
                error(ex, 404, "NOT_FOUND", "notFound", "Not found: Project " + (m.matches() ? m.group(1) : path));
                return;
            }
            route(ex, ex.getRequestMethod(), m.group(2) == null ? "" : m.group(2), query);
        } catch (SQLException e) {
            String msg = e.getMessage() == null ? "error" : e.getMessage().split("\n")[0];
            error(ex, 400, "INVALID_ARGUMENT", "invalidQuery", msg.startsWith("Parser Error") ? "Syntax error: " + msg : msg);
        } catch (RuntimeException e) {
            e.printStackTrace();
            error(ex, 500, "INTERNAL", "backendError", String.valueOf(e));
        }
    }

    private void route(HttpExchange ex, String method, String p, Map<String, String> q) throws IOException, SQLException {
        String[] parts = p.split("/");
        if (method.equals("POST") && p.equals("/jobs")) {
            boolean gzip = "gzip".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Content-Encoding"));
            insertJob(ex, JSON.readTree(gzip ? new java.util.zip.GZIPInputStream(ex.getRequestBody()) : ex.getRequestBody()));
        } else if (method.equals("POST") && p.matches("/jobs/[^/]+/cancel")) {
            ObjectNode job = jobs.get(parts[2]);
            job.with("status").put("state", "DONE");
            respond(ex, 200, JSON.createObjectNode().put("kind", "bigquery#jobCancelResponse").set("job", job));
        } else if (method.equals("GET") && p.matches("/jobs/[^/]+")) {
            ObjectNode job = jobs.get(parts[2]);
            if (job == null) {
                error(ex, 404, "NOT_FOUND", "notFound", "Not found: Job " + project + ":" + parts[2]);
            } else {
                respond(ex, 200, job);
            }
        } else if (method.equals("GET") && p.matches("/queries/[^/]+")) {
            queryResults(ex, parts[2], q);
        } else if (method.equals("GET") && p.matches("/datasets/[^/]+/tables/[^/]+/data")) {
            ObjectNode page = page(parts[2] + "." + parts[4], q);
            page.put("kind", "bigquery#tableDataList");
            respond(ex, 200, page);
        } else if (method.equals("GET") && p.equals("/datasets")) {
            listDatasets(ex);
        } else if (method.equals("GET") && p.matches("/datasets/[^/]+/tables")) {
            listTables(ex, parts[2]);
        } else if (method.equals("GET") && p.matches("/datasets/[^/]+/tables/[^/]+")) {
            getTable(ex, parts[2], parts[4]);
        } else {
            error(ex, 404, "NOT_FOUND", "notFound", "Unknown route " + method + " " + p);
        }
    }

    private void insertJob(HttpExchange ex, JsonNode body) throws IOException, SQLException {
        JsonNode config = body.path("configuration");
        String sql = config.path("query").path("query").asText();
        String dataset = config.path("query").path("defaultDataset").path("datasetId").asText("");
        String engineSql = dataset.isEmpty() ? sql : sql;
        try (Statement s = duck.createStatement()) {
            if (!dataset.isEmpty()) {
                s.execute("SET schema = '" + dataset + "'");
            }
            s.execute("PREPARE kai_check AS " + engineSql);
            s.execute("DEALLOCATE kai_check");
        }
        String type = statementType(sql);
        ObjectNode stats = JSON.createObjectNode();
        stats.put("creationTime", Long.toString(System.currentTimeMillis()));
        stats.put("totalBytesProcessed", "40000");
        stats.with("query").put("totalBytesProcessed", "40000").put("statementType", type).put("cacheHit", false)
                .put("totalBytesBilled", config.path("dryRun").asBoolean() ? "0" : "10485760");
        ObjectNode job = JSON.createObjectNode();
        job.put("kind", "bigquery#job");
        job.set("configuration", config.deepCopy());
        job.set("statistics", stats);
        if (config.path("dryRun").asBoolean()) {
            job.with("jobReference").put("projectId", project).put("location", "US");
            job.with("status").put("state", "DONE");
            respond(ex, 200, job);
            return;
        }
        String jobId = body.path("jobReference").path("jobId").asText("job_" + System.nanoTime());
        job.put("id", project + ":US." + jobId);
        job.with("jobReference").put("projectId", project).put("jobId", jobId).put("location", "US");
        ((ObjectNode) job.path("configuration").path("query")).with("destinationTable")
                .put("projectId", project).put("datasetId", "_anon").put("tableId", jobId);
        if (sql.contains("/* slow */")) {
            job.with("status").put("state", "RUNNING");
        } else {
            try (Statement s = duck.createStatement()) {
                if (!dataset.isEmpty()) {
                    s.execute("SET schema = '" + dataset + "'");
                }
                s.execute("CREATE TABLE _anon." + jobId + " AS " + sql);
                s.execute("SET schema = 'main'");
            }
            job.with("status").put("state", "DONE");
        }
        jobs.put(jobId, job);
        respond(ex, 200, job);
    }

    private void queryResults(HttpExchange ex, String jobId, Map<String, String> q) throws IOException, SQLException {
        ObjectNode job = jobs.get(jobId);
        if (job == null) {
            error(ex, 404, "NOT_FOUND", "notFound", "Not found: Job " + project + ":" + jobId);
            return;
        }
        boolean done = job.path("status").path("state").asText().equals("DONE");
        ObjectNode out = done ? page("_anon." + jobId, q) : JSON.createObjectNode();
        out.put("kind", "bigquery#getQueryResultsResponse");
        out.set("jobReference", job.path("jobReference").deepCopy());
        out.put("jobComplete", done);
        out.put("totalBytesProcessed", "40000");
        out.put("cacheHit", false);
        if (done) {
            out.set("schema", schema("_anon." + jobId));
        }
        respond(ex, 200, out);
    }

    /** A page of rows as BigQuery sends them: {@code rows: [{f: [{v: "text"}, ...]}]}, offsets as page tokens. */
    private ObjectNode page(String table, Map<String, String> q) throws SQLException {
        long offset = Long.parseLong(q.getOrDefault("pageToken", q.getOrDefault("startIndex", "0")));
        long max = Long.parseLong(q.getOrDefault("maxResults", "100000"));
        ObjectNode out = JSON.createObjectNode();
        long total;
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            total = rs.getLong(1);
        }
        out.put("totalRows", Long.toString(total));
        ArrayNode rows = out.putArray("rows");
        if (max > 0) {
            try (Statement s = duck.createStatement();
                    ResultSet rs = s.executeQuery("SELECT * FROM " + table + " LIMIT " + max + " OFFSET " + offset)) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    ArrayNode f = rows.addObject().putArray("f");
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        f.addObject().put("v", cell(rs.getObject(i), md.getColumnTypeName(i)));
                    }
                }
            }
        }
        if (offset + max < total && max > 0) {
            out.put("pageToken", Long.toString(offset + max));
        }
        return out;
    }

    private static String cell(Object v, String type) {
        if (v == null) {
            return null;
        }
        if (type.startsWith("TIMESTAMP")) {
            java.time.LocalDateTime t = ((java.sql.Timestamp) v).toLocalDateTime();
            return t.toEpochSecond(java.time.ZoneOffset.UTC) + ".0";
        }
        return v.toString();
    }

    private ObjectNode schema(String table) throws SQLException {
        ObjectNode schema = JSON.createObjectNode();
        ArrayNode fields = schema.putArray("fields");
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                fields.addObject().put("name", md.getColumnLabel(i)).put("type", bigQueryType(md.getColumnTypeName(i)))
                        .put("mode", md.isNullable(i) == ResultSetMetaData.columnNoNulls ? "REQUIRED" : "NULLABLE");
            }
        }
        return schema;
    }

    private static String bigQueryType(String duck) {
        if (duck.matches("BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT")) {
            return "INTEGER";
        }
        if (duck.startsWith("DECIMAL")) {
            return "NUMERIC";
        }
        if (duck.matches("DOUBLE|FLOAT|REAL")) {
            return "FLOAT";
        }
        if (duck.equals("BOOLEAN")) {
            return "BOOLEAN";
        }
        if (duck.startsWith("TIMESTAMP")) {
            return "TIMESTAMP";
        }
        return duck.equals("DATE") ? "DATE" : "STRING";
    }

    private void listDatasets(HttpExchange ex) throws IOException, SQLException {
        ObjectNode out = JSON.createObjectNode().put("kind", "bigquery#datasetList");
        ArrayNode list = out.putArray("datasets");
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT schema_name FROM information_schema.schemata "
                + "WHERE catalog_name = current_database() AND schema_name NOT IN ('main', '_anon', 'information_schema', 'pg_catalog') ORDER BY 1")) {
            while (rs.next()) {
                ObjectNode d = list.addObject().put("kind", "bigquery#dataset").put("id", project + ":" + rs.getString(1)).put("location", "US");
                d.with("datasetReference").put("projectId", project).put("datasetId", rs.getString(1));
            }
        }
        respond(ex, 200, out);
    }

    private void listTables(HttpExchange ex, String dataset) throws IOException, SQLException {
        ObjectNode out = JSON.createObjectNode().put("kind", "bigquery#tableList");
        ArrayNode list = out.putArray("tables");
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name, table_type FROM "
                + "information_schema.tables WHERE table_schema = '" + dataset.replace("'", "") + "' ORDER BY 1")) {
            while (rs.next()) {
                ObjectNode t = list.addObject().put("kind", "bigquery#table").put("id", project + ":" + dataset + "." + rs.getString(1))
                        .put("type", rs.getString(2).contains("VIEW") ? "VIEW" : "TABLE");
                t.with("tableReference").put("projectId", project).put("datasetId", dataset).put("tableId", rs.getString(1));
            }
        }
        out.put("totalItems", list.size());
        respond(ex, 200, out);
    }

    private void getTable(HttpExchange ex, String dataset, String table) throws IOException, SQLException {
        try {
            ObjectNode out = JSON.createObjectNode().put("kind", "bigquery#table").put("id", project + ":" + dataset + "." + table)
                    .put("type", "TABLE");
            out.with("tableReference").put("projectId", project).put("datasetId", dataset).put("tableId", table);
            out.set("schema", schema(dataset + "." + table));
            respond(ex, 200, out);
        } catch (SQLException e) {
            error(ex, 404, "NOT_FOUND", "notFound", "Not found: Table " + project + ":" + dataset + "." + table);
        }
    }

    private static String statementType(String sql) {
        String first = sql.strip().replaceAll("^(/\\*.*?\\*/\\s*)+", "").split("\\s+")[0].toUpperCase();
        return first.equals("WITH") || first.equals("SELECT") || first.startsWith("(") ? "SELECT" : first;
    }

    private static void error(HttpExchange ex, int code, String status, String reason, String message) throws IOException {
        ObjectNode err = JSON.createObjectNode();
        ObjectNode e = err.putObject("error").put("code", code).put("message", message).put("status", status);
        e.putArray("errors").addObject().put("message", message).put("domain", "global").put("reason", reason);
        respond(ex, code, err);
    }

    private static void respond(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] out = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        server.stop(0);
        duck.close();
    }
}
