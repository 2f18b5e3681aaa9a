package ai.kai.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;

import org.duckdb.DuckDBConnection;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import ai.kai.config.KaiConfig;
import ai.kai.functions.files.QueryFileHandler;
import ai.kai.functions.runtime.Services;
import ai.kai.json.Json;
import ai.kai.query.QueryEngine;
import ai.kai.query.QueryRequest;
import ai.kai.query.SqlGuard;
import ai.kai.tenancy.TenantId;

/**
 * Warm query latency over the ingested 1M-row file, the same SQL on six paths, from bare DuckDB up to the HTTP
 * gateway, so that each step's cost is the difference between neighbours; then the per-request pieces timed
 * alone. Paths are interleaved within every iteration (rotating the order) so drift touches all alike.
 */
final class QueryBenchmark {
    record Query(String id, String kind, String sql) {
    }

    static final List<Query> QUERIES = List.of(
            new Query("Q1", "group-by aggregate",
                    "SELECT region, category, count(*) AS orders, sum(units) AS units, round(sum(revenue), 2) AS revenue "
                            + "FROM data GROUP BY region, category ORDER BY region, category"),
            new Query("Q2", "filtered count",
                    "SELECT count(*) AS n FROM data WHERE region = 'North' AND date >= DATE '2024-07-01' AND price > 50"),
            new Query("Q3", "top-N (ORDER BY … LIMIT)",
                    "SELECT id, date, product, revenue FROM data ORDER BY revenue DESC, id LIMIT 10"),
            new Query("Q4", "window function",
                    "SELECT category, product, id, revenue, rank() OVER (PARTITION BY category ORDER BY revenue DESC, id) AS rnk "
                            + "FROM data QUALIFY rnk <= 3 ORDER BY category, rnk"));

    enum Variant {
        RAW_SHARED("raw JDBC, one connection", "the baseline: `jdbc:duckdb:<data.duckdb>` read-only, opened once; execute, "
                + "read every value"),
        RAW_FRESH("raw JDBC, new instance per query", "per query: new in-memory DuckDB, `ATTACH … (READ_ONLY)`, `USE`, "
                + "execute, close: a connection-per-request design"),
        ENGINE("QueryEngine", "`QueryEngine.query`: a connection to the dataset's pooled, locked sandbox (`duplicate()`, "
                + "`USE f`) + SqlGuard + execute with timeout + row conversion"),
        SERVICE("FileQueryService", "`FileQueryService.query` (the function's own instance): + the file record from "
                + "DynamoDB Local (`requireReady`), the dataset cache check"),
        HANDLER("handler in-process", "`QueryFileHandler.handleRequest` on a built event: + request parsing, response "
                + "envelope and JSON"),
        GATEWAY("local gateway (HTTP)", "`POST /api/v2/files/{id}/query`: + HTTP, JWT verification, payload-2.0 event JSON, "
                + "Lambda serializer, invocation thread");

        final String label;
        final String what;

        Variant(String label, String what) {
            this.label = label;
            this.what = what;
        }
    }

    record QueryRow(Query query, int resultRows, int iterations, Map<Variant, Stats> stats) {
    }

    record Component(String name, Stats stats) {
    }

    record Result(long datasetBytes, int warmup, int iterations, int settleMs, String memoryLimit, int threads,
                  List<QueryRow> queries, List<Component> components, int componentIterations) {
    }

    @FunctionalInterface
    interface Runner {
        int run(Query q) throws Exception;
    }

    private QueryBenchmark() {
    }

    static Result run(BenchStack stack, String fileId, int warmup, int iterations, int componentIterations,
                      double budgetSecondsPerQuery, int settleMs) throws Exception {
        Api api = stack.api();
        String queryPath = "/api/v2/files/" + fileId + "/query";
        // The first gateway query downloads data.duckdb into the function's cache: the raw paths use that very file.
        JsonNode first = api.postJson(queryPath, Map.of("sql", "SELECT count(*) FROM data")).expect(200).data();
        Path dataset = cachedDataset(stack.datasetCacheDir());
        KaiConfig config = stack.config();
        QueryEngine engine = new QueryEngine(config);
        QueryFileHandler handler = new QueryFileHandler();
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        System.err.println("query: dataset " + dataset + " (" + Files.size(dataset) / 1_000_000 + " MB), "
                + first.path("rows").get(0).get(0).asLong() + " rows");

        List<QueryRow> rows = new ArrayList<>();
        try (Connection shared = DriverManager.getConnection("jdbc:duckdb:" + dataset, readOnly)) {
            Map<Variant, Runner> runners = new EnumMap<>(Variant.class);
            runners.put(Variant.RAW_SHARED, q -> consume(shared, q.sql()));
            runners.put(Variant.RAW_FRESH, q -> {
                try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
                    try (Statement s = c.createStatement()) {
                        s.execute("ATTACH '" + dataset + "' AS f (READ_ONLY)");
                        s.execute("USE f");
                    }
                    return consume(c, q.sql());
                }
            });
            runners.put(Variant.ENGINE, q -> (int) engine.query(dataset, new QueryRequest(q.sql(), QueryRequest.DEFAULT_LIMIT)).rowCount());
            TenantId tenant = TenantId.of(BenchStack.TENANT);
            runners.put(Variant.SERVICE, q -> (int) Services.get().fileQueries()
                    .query(tenant, fileId, new QueryRequest(q.sql(), QueryRequest.DEFAULT_LIMIT)).rowCount());
            runners.put(Variant.HANDLER, q -> {
                APIGatewayV2HTTPResponse r = handler.handleRequest(event(fileId, q.sql()), null);
                return checkedRows(r.getStatusCode(), r.getBody());
            });
            runners.put(Variant.GATEWAY, q -> {
                Api.Response r = api.postJson(queryPath, Map.of("sql", q.sql()));
                return checkedRows(r.status(), r.raw());
            });
            for (Query q : QUERIES) {
                rows.add(measureQuery(q, runners, warmup, iterations, budgetSecondsPerQuery, settleMs));
            }
        }
        List<Component> components = components(stack, fileId, dataset, config, componentIterations);
        return new Result(Files.size(dataset), warmup, iterations, settleMs, config.duckDbMemoryLimit(), config.duckDbThreads(),
                rows, components, componentIterations);
    }

    /**
     * Warm-up rounds, then measured rounds; each round runs every path once, in an order rotating by round. A slow
     * query gets fewer measured rounds (at least 10) so that it stays within the time budget.
     */
    private static QueryRow measureQuery(Query q, Map<Variant, Runner> runners, int warmup, int iterations,
                                         double budgetSeconds, int settleMs) throws Exception {
        Variant[] paths = Variant.values();
        Integer[] resultRows = {null};
        double warmRoundMs = 0;
        for (int i = 0; i < warmup; i++) {
            long t0 = System.nanoTime();
            round(q, runners, paths, i, resultRows, null, 0, settleMs);
            warmRoundMs = Stats.millisSince(t0);
        }
        int n = warmRoundMs <= 0 ? iterations
                : (int) Math.max(Math.min(10, iterations), Math.min(iterations, budgetSeconds * 1000 / warmRoundMs));
        Map<Variant, double[]> samples = new EnumMap<>(Variant.class);
        for (Variant p : paths) {
            samples.put(p, new double[n]);
        }
        for (int i = 0; i < n; i++) {
            round(q, runners, paths, warmup + i, resultRows, samples, i, settleMs);
        }
        Map<Variant, Stats> stats = new EnumMap<>(Variant.class);
        samples.forEach((p, s) -> stats.put(p, new Stats(p.label, s)));
        System.err.printf(Locale.ROOT, "query %s (%d rounds): raw %.1f ms, gateway %.1f ms (medians)%n", q.id(), n,
                stats.get(Variant.RAW_SHARED).median(), stats.get(Variant.GATEWAY).median());
        return new QueryRow(q, resultRows[0], n, stats);
    }

    private static void round(Query q, Map<Variant, Runner> runners, Variant[] paths, int round, Integer[] resultRows,
                              Map<Variant, double[]> samples, int slot, int settleMs) throws Exception {
        for (int k = 0; k < paths.length; k++) {
            Variant p = paths[(round + k) % paths.length];
            // Work a path leaves behind (a closed instance's threads, the server finishing an exchange) ends
            // before the next path starts, as between requests that do not arrive back to back.
            Thread.sleep(settleMs);
            long t0 = System.nanoTime();
            int n = runners.get(p).run(q);
            double ms = Stats.millisSince(t0);
            if (resultRows[0] == null) {
                resultRows[0] = n;
            } else if (resultRows[0] != n) {
                throw new IllegalStateException(q.id() + ": " + p + " returned " + n + " rows, another path " + resultRows[0]);
            }
            if (samples != null) {
                samples.get(p)[slot] = ms;
            }
        }
    }

    /** The per-request pieces of the gateway path, each timed alone. */
    private static List<Component> components(BenchStack stack, String fileId, Path dataset, KaiConfig config, int n)
            throws Exception {
        int warm = Math.max(5, n / 10);
        List<Component> out = new ArrayList<>();
        out.add(new Component("new in-memory DuckDB instance: open + close", Stats.measure("open", warm, n, () -> {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
                c.isClosed();
            }
        })));
        out.add(new Component("new instance + `ATTACH '<data.duckdb>' (READ_ONLY)` + `USE f` + close",
                Stats.measure("attach", warm, n, () -> {
                    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                        s.execute("ATTACH '" + dataset + "' AS f (READ_ONLY)");
                        s.execute("USE f");
                    }
                })));
        out.add(new Component("building a locked sandbox (new instance, memory_limit, threads, temp_directory, ATTACH, "
                + "enable_external_access, lock_configuration) + close: paid once per dataset and warm container",
                Stats.measure("sandbox", warm, n, () -> {
                    try (Connection c = openSandbox(dataset, config)) {
                        c.isClosed();
                    }
                })));
        try (DuckDBConnection sandbox = openSandbox(dataset, config)) {
            out.add(new Component("per request on a pooled sandbox: `duplicate()` + `USE f` + close",
                    Stats.measure("connect", warm, n, () -> {
                        try (Connection c = sandbox.duplicate(); Statement s = c.createStatement()) {
                            s.execute("USE f");
                        }
                    })));
            for (Query q : QUERIES) {
                out.add(new Component("`SqlGuard.check` of " + q.id() + " (on a sandbox connection)",
                        Stats.measure("guard " + q.id(), warm, n, () -> SqlGuard.check(sandbox, q.sql()))));
            }
        }
        TenantId tenant = TenantId.of(BenchStack.TENANT);
        out.add(new Component("file record lookup (`FileService.requireReady`: GetItem on DynamoDB Local over HTTP)",
                Stats.measure("metadata", warm, n, () -> Services.get().files().requireReady(tenant, fileId))));
        byte[] key = Base64.getDecoder().decode(Files.readString(stack.signingKeyFile(), StandardCharsets.UTF_8).strip());
        String token = stack.token();
        out.add(new Component("JWT parse + HS256 verify + claims (what the local gateway's authorizer does)",
                Stats.measure("jwt", warm, n, () -> {
                    SignedJWT jwt = SignedJWT.parse(token);
                    if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                        throw new IllegalStateException("the token did not verify");
                    }
                    jwt.getJWTClaimsSet().getClaims().size();
                })));
        KaiConfig cfg = stack.config();
        try (DynamoDbClient dynamo = DynamoDbClient.builder().region(Region.of(cfg.region()))
                .endpointOverride(URI.create(cfg.dynamoDbEndpoint().orElseThrow()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            out.add(new Component("any DynamoDB Local call through the SDK, e.g. `ListTables` (its fixed cost per request)",
                    Stats.measure("dynamo", warm, n, dynamo::listTables)));
        }
        Api api = stack.api();
        out.add(new Component("gateway round trip to an unknown route (HTTP only: 404 before any event or handler)",
                Stats.measure("404", warm, n, () -> api.getAnonymous("/api/v2/no-such-route").expect(404))));
        out.add(new Component("gateway round trip `GET /api/v2/health` (HTTP + event JSON + serializer + trivial handler, no JWT)",
                Stats.measure("health", warm, n, () -> api.getAnonymous("/api/v2/health").expect(200))));
        out.add(new Component("gateway round trip `GET /api/v2/files/{id}` (+ JWT + file record lookup + its JSON)",
                Stats.measure("get", warm, n, () -> api.get("/api/v2/files/" + fileId).expect(200))));
        return out;
    }

    /** A locked sandbox as the engine builds one (DESIGN D6), statement for statement, to time its pieces alone. */
    static DuckDBConnection openSandbox(Path dataset, KaiConfig config) throws SQLException {
        Properties props = new Properties();
        props.setProperty("jdbc_stream_results", "true");
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", props);
        try (Statement s = c.createStatement()) {
            s.execute("SET memory_limit='" + config.duckDbMemoryLimit() + "'");
            s.execute("SET threads=" + config.duckDbThreads());
            s.execute("SET temp_directory='" + config.cacheDir().resolve("duckdb-tmp").toAbsolutePath() + "'");
            s.execute("ATTACH '" + dataset + "' AS f (READ_ONLY)");
            s.execute("SET enable_external_access=false");
            s.execute("SET lock_configuration=true");
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private static int consume(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            int n = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                n++;
            }
            return n;
        }
    }

    private static int checkedRows(int status, String body) throws Exception {
        if (status != 200) {
            throw new IllegalStateException("HTTP " + status + ": " + body);
        }
        return Json.mapper().readTree(body).path("data").path("row_count").asInt();
    }

    static APIGatewayV2HTTPEvent event(String fileId, String sql) {
        String path = "/api/v2/files/" + fileId + "/query";
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                .withClaims(Map.of("custom:tenant", BenchStack.TENANT)).withScopes(List.of()).build();
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").withPath(path).build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http).withRequestId("bench")
                .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build()).build();
        return APIGatewayV2HTTPEvent.builder().withRawPath(path).withRequestContext(context)
                .withPathParameters(Map.of("file_id", fileId)).withHeaders(Map.of("content-type", "application/json"))
                .withBody(Json.write(Map.of("sql", sql))).withIsBase64Encoded(false).build();
    }

    private static Path cachedDataset(Path cacheDir) throws Exception {
        try (Stream<Path> files = Files.list(cacheDir)) {
            List<Path> dbs = files.filter(p -> p.toString().endsWith(".duckdb")).toList();
            if (dbs.size() != 1) {
                throw new IllegalStateException("expected one cached dataset in " + cacheDir + ", found " + dbs);
            }
            return dbs.get(0);
        }
    }

    static String markdown(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "The ingested 1M-row file (`data.duckdb`, %.1f MB). Each query: %d warm-up + up to %d "
                        + "measured rounds (n; fewer for a slow query, to bound the run time); a round runs every path once, "
                        + "in rotating order, with a %d ms pause before each call. Function settings: "
                        + "`memory_limit=%s`, `threads=%d` (raw paths: DuckDB defaults, `threads=%d` here). Result rows are "
                        + "checked equal across paths.%n%n", r.datasetBytes() / 1e6, r.warmup(), r.iterations(), r.settleMs(),
                r.memoryLimit(), r.threads(), Runtime.getRuntime().availableProcessors()));
        sb.append("Paths:\n\n");
        for (Variant p : Variant.values()) {
            sb.append("- **").append(p.label).append("**: ").append(p.what).append('\n');
        }
        sb.append('\n');
        Markdown latency = Markdown.table("query", "rows", "n", "raw, one connection", "raw, new instance per query",
                "QueryEngine", "FileQueryService", "handler", "gateway", "**gateway / raw one connection**", "gateway / raw new instance");
        for (QueryRow q : r.queries()) {
            Map<Variant, Stats> s = q.stats();
            latency.row(q.query().id() + " " + q.query().kind(), q.resultRows(), q.iterations(), pp(s.get(Variant.RAW_SHARED)),
                    pp(s.get(Variant.RAW_FRESH)), pp(s.get(Variant.ENGINE)), pp(s.get(Variant.SERVICE)),
                    pp(s.get(Variant.HANDLER)), pp(s.get(Variant.GATEWAY)),
                    "**" + Stats.ratio(s.get(Variant.GATEWAY).median(), s.get(Variant.RAW_SHARED).median()) + "**",
                    Stats.ratio(s.get(Variant.GATEWAY).median(), s.get(Variant.RAW_FRESH).median()));
        }
        sb.append("Latency in ms (p50 / p90):\n\n").append(latency.render());
        sb.append("\nWhere the gateway's extra time goes, per query: differences of neighbouring medians, ms:\n\n");
        Markdown ladder = Markdown.table("query", "raw, one connection",
                "+ engine: sandbox connection, guard, timeout, row conversion", "+ service: file record lookup, cache check",
                "+ handler: request parsing, response JSON", "+ gateway: HTTP, JWT, event JSON, serializer", "= gateway",
                "for reference: raw, new instance per query");
        for (QueryRow q : r.queries()) {
            Map<Variant, Stats> s = q.stats();
            ladder.row(q.query().id(), Stats.ms(s.get(Variant.RAW_SHARED).median()),
                    delta(s, Variant.ENGINE, Variant.RAW_SHARED), delta(s, Variant.SERVICE, Variant.ENGINE),
                    delta(s, Variant.HANDLER, Variant.SERVICE),
                    delta(s, Variant.GATEWAY, Variant.HANDLER), Stats.ms(s.get(Variant.GATEWAY).median()),
                    Stats.ms(s.get(Variant.RAW_FRESH).median()));
        }
        sb.append(ladder.render());
        sb.append(String.format(Locale.ROOT, "%nPer-request pieces timed alone (%d iterations after warm-up), ms:%n%n",
                r.componentIterations()));
        Markdown parts = Markdown.table("piece", "p50", "p90");
        for (Component c : r.components()) {
            parts.row(c.name(), Stats.ms(c.stats().median()), Stats.ms(c.stats().p90()));
        }
        sb.append(parts.render());
        return sb.toString();
    }

    private static String pp(Stats s) {
        return Stats.ms(s.median()) + " / " + Stats.ms(s.p90());
    }

    private static String delta(Map<Variant, Stats> s, Variant to, Variant from) {
        double d = s.get(to).median() - s.get(from).median();
        return (d >= 0 ? "+" : "−") + Stats.ms(Math.abs(d));
    }
}
