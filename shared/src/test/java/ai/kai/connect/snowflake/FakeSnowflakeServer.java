package ai.kai.connect.snowflake;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server answering the Snowflake SQL endpoints snowflake-jdbc uses, in their wire format, with DuckDB
 * behind: {@code POST /session/v1/login-request} (password, or {@code SNOWFLAKE_JWT} key-pair: an RS256 JWT
 * checked against the user's public key), {@code POST /queries/v1/query-request} (JSON rowsets, {@code rowtype}
 * metadata, bindings; results over {@value #INLINE_ROWS} rows go out in chunks fetched from {@code chunks[].url}),
 * names upper-cased as Snowflake reports unquoted identifiers, {@code POST /queries/v1/abort-request}, {@code POST /session?delete=true}, and Snowflake's error envelope
 * {@code {data, code, message, success: false}}. A statement containing {@code /* slow *}{@code /} waits for
 * its abort.
 */
final class FakeSnowflakeServer implements AutoCloseable {
    static final int INLINE_ROWS = 1000;
    static final String ACCOUNT = "KAITEST";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final Connection duck;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private final Map<String, List<String>> chunks = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> running = new ConcurrentHashMap<>();
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    FakeSnowflakeServer() throws Exception {
        duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE SCHEMA \"PUBLIC\"");
            s.execute("CREATE TABLE \"PUBLIC\".\"ORDERS\" AS SELECT range AS \"ID\", ['North','South','East','West'][1 + range % 4] AS \"REGION\", "
                    + "CAST(range * 1.5 AS DECIMAL(12,2)) AS \"AMOUNT\", DATE '2025-01-01' + CAST(range % 365 AS INTEGER) AS \"PLACED\" FROM range(2500)");
            s.execute("CREATE VIEW \"PUBLIC\".\"BY_REGION\" AS SELECT \"REGION\", count(*) AS \"N\" FROM \"PUBLIC\".\"ORDERS\" GROUP BY 1");
            s.execute("SET schema = 'PUBLIC'");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void addPasswordUser(String user, String password) {
        passwords.put(user.toUpperCase(), password);
    }

    void addKeyPairUser(String user, PublicKey key) {
        publicKeys.put(user.toUpperCase(), key);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        calls.add(ex.getRequestMethod() + " " + path);
        try {
            if (path.equals("/session/v1/login-request")) {
                login(ex, body(ex));
            } else if (path.startsWith("/chunks/")) {
                String[] parts = path.split("/");
                respondRaw(ex, chunks.get(parts[2]).get(Integer.parseInt(parts[3])));
            } else if (!authorised(ex)) {
                respond(ex, 401, failure("390104", "User must login again to access this resource.", null));
            } else if (path.equals("/queries/v1/query-request")) {
                query(ex, body(ex));
            } else if (path.equals("/queries/v1/abort-request")) {
                String request = body(ex).path("requestId").asText();
                running.values().forEach(CountDownLatch::countDown);
                calls.add("abort " + request);
                respond(ex, 200, success(null));
            } else {
                body(ex);
                respond(ex, 200, success(null));
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            respond(ex, 500, failure("000000", String.valueOf(e), null));
        }
    }

    private boolean authorised(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Snowflake Token=\"")) {
            return false;
        }
        return sessions.containsKey(auth.substring("Snowflake Token=\"".length(), auth.length() - 1));
    }

    private void login(HttpExchange ex, JsonNode body) throws IOException {
        JsonNode data = body.path("data");
        String user = data.path("LOGIN_NAME").asText().toUpperCase();
        boolean ok;
        if ("SNOWFLAKE_JWT".equalsIgnoreCase(data.path("AUTHENTICATOR").asText())) {
            ok = validJwt(user, data.path("TOKEN").asText());
            if (!ok) {
                respond(ex, 200, failure("390144", "JWT token is invalid.", null));
                return;
            }
        } else {
            ok = passwords.containsKey(user) && passwords.get(user).equals(data.path("PASSWORD").asText());
        }
        if (!ok) {
            ObjectNode d = JSON.createObjectNode().put("nextAction", "RETRY_LOGIN").put("authnMethod", "USERNAME_PASSWORD");
            respond(ex, 200, failure("390100", "Incorrect username or password was specified.", d));
            return;
        }
        String token = "ver:1-hint:" + UUID.randomUUID();
        sessions.put(token, user);
        ObjectNode d = JSON.createObjectNode().put("masterToken", "master-" + UUID.randomUUID()).put("token", token)
                .put("validityInSeconds", 3600).put("masterValidityInSeconds", 14400).put("displayUserName", user)
                .put("serverVersion", "9.36.0").put("firstLogin", false).put("healthCheckInterval", 45)
                .putNull("newClientForUpgrade").put("sessionId", System.nanoTime());
        ArrayNode params = d.putArray("parameters");
        params.addObject().put("name", "AUTOCOMMIT").put("value", true);
        params.addObject().put("name", "TIMEZONE").put("value", "UTC");
        params.addObject().put("name", "CLIENT_RESULT_CHUNK_SIZE").put("value", 160);
        params.addObject().put("name", "CLIENT_PREFETCH_THREADS").put("value", 4);
        params.addObject().put("name", "CLIENT_SESSION_KEEP_ALIVE").put("value", false);
        params.addObject().put("name", "DATE_OUTPUT_FORMAT").put("value", "YYYY-MM-DD");
        params.addObject().put("name", "CLIENT_TIMESTAMP_TYPE_MAPPING").put("value", "TIMESTAMP_LTZ");
        d.putObject("sessionInfo").put("databaseName", "SALES").put("schemaName", "PUBLIC")
                .put("warehouseName", "ANALYTICS_WH").put("roleName", "READER");
        respond(ex, 200, success(d));
    }

    /** Key-pair auth: the driver signs {@code iss=ACCOUNT.USER.SHA256:fp, sub=ACCOUNT.USER} with RS256. */
    private boolean validJwt(String user, String jwt) {
        PublicKey key = publicKeys.get(user);
        try {
            String[] parts = jwt.split("\\.");
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return rs256.verify(Base64.getUrlDecoder().decode(parts[2])) && claims.path("sub").asText().equals(ACCOUNT + "." + user);
        } catch (Exception e) {
            return false;
        }
    }

    private void query(HttpExchange ex, JsonNode body) throws IOException {
        String sql = body.path("sqlText").asText();
        String queryId = UUID.randomUUID().toString();
        calls.add("sql " + sql);
        if (sql.contains("/* slow */")) {
            CountDownLatch abort = new CountDownLatch(1);
            running.put(queryId, abort);
            try {
                abort.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.remove(queryId);
            respond(ex, 200, sqlFailure("000604", "57014", "SQL execution canceled", queryId));
            return;
        }
        try (PreparedStatement ps = duck.prepareStatement(sql)) {
            JsonNode bindings = body.path("bindings");
            for (int i = 1; bindings.has(Integer.toString(i)); i++) {
                ps.setString(i, bindings.path(Integer.toString(i)).path("value").asText());
            }
            try (ResultSet rs = ps.executeQuery()) {
                respond(ex, 200, success(result(rs, queryId)));
            }
        } catch (SQLException e) {
            String m = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
            if (m.startsWith("Parser Error")) {
                respond(ex, 200, sqlFailure("001003", "42000", "SQL compilation error:\nsyntax error line 1 " + m, queryId));
            } else {
                respond(ex, 200, sqlFailure("002003", "42S02", "SQL compilation error:\n" + m, queryId));
            }
        }
    }

    private ObjectNode result(ResultSet rs, String queryId) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        ObjectNode d = JSON.createObjectNode();
        ArrayNode params = d.putArray("parameters");
        params.addObject().put("name", "TIMEZONE").put("value", "UTC");
        params.addObject().put("name", "CLIENT_PREFETCH_THREADS").put("value", 4);
        params.addObject().put("name", "CLIENT_RESULT_CHUNK_SIZE").put("value", 160);
        params.addObject().put("name", "CLIENT_MEMORY_LIMIT").put("value", 1536);
        params.addObject().put("name", "CLIENT_ENABLE_CONSERVATIVE_MEMORY_USAGE").put("value", false);
        params.addObject().put("name", "CLIENT_CONSERVATIVE_MEMORY_ADJUST_STEP").put("value", 64);
        ArrayNode rowtype = d.putArray("rowtype");
        for (int i = 1; i <= md.getColumnCount(); i++) {
            rowtype.add(column(md.getColumnLabel(i).toUpperCase(), md.getColumnTypeName(i), md.getPrecision(i), md.getScale(i)));
        }
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
            ArrayNode row = JSON.createArrayNode();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                row.add(cell(rs.getObject(i)));
            }
            rows.add(row.toString());
        }
        ArrayNode rowset = d.putArray("rowset");
        for (String row : rows.subList(0, Math.min(INLINE_ROWS, rows.size()))) {
            rowset.add(readTree(row));
        }
        ArrayNode chunkList = d.putArray("chunks");
        List<String> bodies = new ArrayList<>();
        for (int start = INLINE_ROWS; start < rows.size(); start += INLINE_ROWS) {
            List<String> part = rows.subList(start, Math.min(start + INLINE_ROWS, rows.size()));
            String content = String.join(",", part);
            chunkList.addObject().put("url", "http://127.0.0.1:" + port() + "/chunks/" + queryId + "/" + bodies.size())
                    .put("rowCount", part.size()).put("uncompressedSize", content.length()).put("compressedSize", content.length());
            bodies.add(content);
        }
        chunks.put(queryId, bodies);
        d.putObject("chunkHeaders");
        d.put("total", rows.size()).put("returned", rowset.size()).put("queryId", queryId).putNull("databaseProvider")
                .put("finalDatabaseName", "SALES").put("finalSchemaName", "PUBLIC").put("finalWarehouseName", "ANALYTICS_WH")
                .put("finalRoleName", "READER").put("numberOfBinds", 0).put("arrayBindSupported", false)
                .put("statementTypeId", 4096).put("version", 1).put("sendResultTime", System.currentTimeMillis())
                .put("queryResultFormat", "json");
        return d;
    }

    private static ObjectNode column(String name, String duckType, int precision, int scale) {
        ObjectNode c = JSON.createObjectNode().put("name", name).put("database", "SALES").put("schema", "PUBLIC")
                .put("table", "").put("nullable", true).putNull("collation");
        if (duckType.matches("BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT")) {
            c.put("type", "fixed").put("precision", 38).put("scale", 0).putNull("length").putNull("byteLength");
        } else if (duckType.startsWith("DECIMAL")) {
            c.put("type", "fixed").put("precision", precision).put("scale", scale).putNull("length").putNull("byteLength");
        } else if (duckType.matches("DOUBLE|FLOAT|REAL")) {
            c.put("type", "real").putNull("precision").putNull("scale").putNull("length").putNull("byteLength");
        } else if (duckType.equals("BOOLEAN")) {
            c.put("type", "boolean").putNull("precision").putNull("scale").putNull("length").putNull("byteLength");
        } else if (duckType.equals("DATE")) {
            c.put("type", "date").putNull("precision").put("scale", 0).putNull("length").putNull("byteLength");
        } else {
            c.put("type", "text").putNull("precision").putNull("scale").put("length", 16777216).put("byteLength", 16777216);
        }
        return c;
    }

    private static String cell(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof java.time.LocalDate d) {
            return Long.toString(d.toEpochDay());
        }
        if (v instanceof java.sql.Date d) {
            return Long.toString(d.toLocalDate().toEpochDay());
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return v.toString();
    }

    private static JsonNode readTree(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode success(JsonNode data) {
        ObjectNode out = JSON.createObjectNode();
        out.set("data", data);
        out.putNull("code").putNull("message").put("success", true);
        return out;
    }

    private static ObjectNode failure(String code, String message, JsonNode data) {
        ObjectNode out = JSON.createObjectNode();
        out.set("data", data);
        out.put("code", code).put("message", message).put("success", false).putNull("headers");
        return out;
    }

    private static ObjectNode sqlFailure(String code, String sqlState, String message, String queryId) {
        ObjectNode d = JSON.createObjectNode().put("internalError", false).put("errorCode", code).put("age", 0)
                .put("sqlState", sqlState).put("queryId", queryId).put("line", -1).put("pos", -1).put("type", "COMPILATION");
        return failure(code, message, d);
    }

    private static JsonNode body(HttpExchange ex) throws IOException {
        InputStream in = ex.getRequestBody();
        if ("gzip".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    }

    private static void respond(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] out = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    private static void respondRaw(HttpExchange ex, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    @Override
    public void close() throws SQLException {
        server.stop(0);
        duck.close();
    }
}
