package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code "connection" + "sql"} as the data source of profiles, statistics, forecasts, anomalies and charts, through
 * the local stack against a real PostgreSQL (password-checked role) and a SQLite file in the tenant's storage. The
 * rows a query returns are analysed exactly like the same rows sent inline; the connector's guard, row limit and
 * tenancy hold.
 */
class ConnectionSourceEndToEndTest {
    private static final String TENANT = "sourced";
    private static final String PASSWORD = "src-Pw-8Lm-never-echoed";
    private static final int DAYS = 84;
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static EmbeddedPostgres postgres;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir.resolve("stack"), false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor(TENANT));
        postgres = ConnectionsEndToEndTest.startPostgres(dataDir.resolve("pg"));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE analyst LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE TABLE measures (grp TEXT, val DOUBLE PRECISION)");
            s.execute("CREATE TABLE daily (day DATE, amount DOUBLE PRECISION)");
            try (PreparedStatement m = c.prepareStatement("INSERT INTO measures VALUES (?, ?)")) {
                for (Map<String, Object> row : measures()) {
                    m.setString(1, (String) row.get("grp"));
                    m.setDouble(2, (Double) row.get("val"));
                    m.addBatch();
                }
                m.executeBatch();
            }
            try (PreparedStatement d = c.prepareStatement("INSERT INTO daily VALUES (?, ?)")) {
                for (Map<String, Object> row : daily()) {
                    d.setObject(1, LocalDate.parse((String) row.get("day")));
                    d.setDouble(2, (Double) row.get("amount"));
                    d.addBatch();
                }
                d.executeBatch();
            }
            s.execute("GRANT SELECT ON measures, daily TO analyst");
        }
        assertThat(api.postJson("/api/v2/connections", Map.of("alias", "pg", "uri", "postgresql://analyst:" + PASSWORD
                + "@localhost:" + postgres.getPort() + "/postgres")).status()).isEqualTo(201);
        uploadSqlite();
        assertThat(api.postJson("/api/v2/connections", Map.of("alias", "lite", "type", "sqlite", "path", "databases/shop.db"))
                .status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
        postgres.close();
    }

    @Test
    void shouldTestAConnectionsRowsExactlyAsTheSameRowsSentInline() {
        ApiClient.Response sourced = api.postJson("/api/v2/analytics/statistics", Map.of("test_type", "welch",
                "connection", "pg", "sql", "SELECT grp, val FROM measures", "value_column", "val", "group_column", "grp"));
        assertThat(sourced.status()).as(sourced.raw()).isEqualTo(200);
        assertThat(sourced.body().path("metadata").path("connection").asText()).isEqualTo("pg");
        ApiClient.Response inline = api.postJson("/api/v2/analytics/statistics", Map.of("test_type", "welch",
                "data", measures(), "value_column", "val", "group_column", "grp"));
        assertThat(sourced.data()).isEqualTo(inline.data());
        assertThat(sourced.raw()).doesNotContain(PASSWORD);
    }

    @Test
    void shouldForecastAndFindAnomaliesInAConnectionsSeries() {
        Map<String, Object> forecast = new LinkedHashMap<>(Map.of("connection", "pg",
                "sql", "SELECT day, amount FROM daily ORDER BY day", "date_column", "day", "value_column", "amount",
                "periods", 7, "model", "ets"));
        ApiClient.Response sourced = api.postJson("/api/v2/analytics/forecast", forecast);
        assertThat(sourced.status()).as(sourced.raw()).isEqualTo(200);
        forecast.remove("connection");
        forecast.remove("sql");
        forecast.put("data", daily());
        JsonNode inline = api.postJson("/api/v2/analytics/forecast", forecast).data();
        ((com.fasterxml.jackson.databind.node.ObjectNode) inline).remove("fit_time_ms");
        assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) sourced.data()).remove("fit_time_ms")).isNotNull();
        assertThat(sourced.data()).isEqualTo(inline);

        ApiClient.Response anomalies = api.postJson("/api/v2/analytics/anomalies", Map.of("connection", "pg",
                "sql", "SELECT day, amount FROM daily ORDER BY day", "value_column", "amount", "method", "iqr"));
        assertThat(anomalies.status()).as(anomalies.raw()).isEqualTo(200);
        assertThat(anomalies.body().path("metadata").path("rows").asInt()).isEqualTo(DAYS);
        assertThat(anomalies.data().toString()).contains("\"index\":40");
    }

    @Test
    void shouldProfileTheRowsOfAQueryOnPostgresAndOnSqlite() {
        ApiClient.Response pg = api.postJson("/api/v2/analytics/profile", Map.of("connection", "pg",
                "sql", "SELECT grp, val FROM measures"));
        assertThat(pg.status()).as(pg.raw()).isEqualTo(200);
        ApiClient.Response inline = api.postJson("/api/v2/analytics/profile", Map.of("data", measures()));
        assertThat(pg.data().path("row_count").asLong()).isEqualTo(measures().size());
        assertThat(pg.data().path("columns")).isEqualTo(inline.data().path("columns"));
        assertThat(pg.body().path("metadata").path("connection").asText()).isEqualTo("pg");

        ApiClient.Response lite = api.postJson("/api/v2/analytics/profile", Map.of("connection", "lite",
                "sql", "SELECT * FROM orders", "format", "html"));
        assertThat(lite.status()).as(lite.raw()).isEqualTo(200);
        assertThat(lite.data().path("profile").path("row_count").asLong()).isEqualTo(4);
        assertThat(lite.data().path("report_html").asText()).contains("<html");
    }

    @Test
    void shouldChartAndRecommendFromASqliteQuery() {
        Map<String, Object> body = VisualizationEndToEndTest.bar(Map.of("connection", "lite",
                "sql", "SELECT region, revenue FROM orders"), Map.of("x", "region", "y", "revenue", "aggregation", "sum"));
        ApiClient.Response chart = api.postJson("/api/v2/visualizations/generate", body);
        assertThat(chart.status()).as(chart.raw()).isEqualTo(201);
        assertThat(VisualizationEndToEndTest.bars(chart.data().path("figure"))).isEqualTo(Map.of("North", 15.5, "South", 7.0));
        assertThat(chart.data().path("source").path("kind").asText()).isEqualTo("connection");
        assertThat(chart.data().path("source").path("connection").asText()).isEqualTo("lite");
        assertThat(chart.data().path("source").path("input_rows").asLong()).isEqualTo(4);

        ApiClient.Response recommend = api.postJson("/api/v2/visualizations/recommend", Map.of("connection", "pg",
                "sql", "SELECT day, amount FROM daily ORDER BY day", "intent", "trend"));
        assertThat(recommend.status()).as(recommend.raw()).isEqualTo(200);
        assertThat(recommend.data().path("rows_examined").asInt()).isEqualTo(DAYS);
        assertThat(recommend.data().path("recommendations").get(0).path("chart_type").asText()).isEqualTo("line");
    }

    @Test
    void shouldRefuseUnknownAliasesWritesOversizedResultsAndOtherTenantsConnections() {
        ApiClient.Response unknown = api.postJson("/api/v2/analytics/statistics", Map.of("test_type", "welch",
                "connection", "nope", "sql", "SELECT 1", "value_column", "v", "group_column", "g"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("CONNECTION_NOT_FOUND");

        ApiClient.Response write = api.postJson("/api/v2/analytics/profile", Map.of("connection", "pg",
                "sql", "DELETE FROM measures RETURNING *"));
        assertThat(write.status()).as(write.raw()).isBetween(400, 499);
        assertThat(write.errorCode()).isEqualTo("SQL_NOT_READ_ONLY");

        ApiClient.Response tooMany = api.postJson("/api/v2/visualizations/generate", VisualizationEndToEndTest.bar(
                Map.of("connection", "pg", "sql", "SELECT g AS x, g AS y FROM generate_series(1, 100001) g"),
                Map.of("x", "x", "y", "y")));
        assertThat(tooMany.status()).as(tooMany.raw()).isEqualTo(413);
        assertThat(tooMany.errorCode()).isEqualTo("TOO_MANY_ROWS");
        assertThat(tooMany.raw()).contains("100,000");

        ApiClient.Response noSql = api.postJson("/api/v2/analytics/anomalies", Map.of("connection", "pg", "value_column", "v"));
        assertThat(noSql.errorCode()).isEqualTo("MISSING_FIELD");
        ApiClient.Response both = api.postJson("/api/v2/visualizations/recommend", Map.of("connection", "pg",
                "sql", "SELECT 1", "data", List.of(Map.of("a", 1))));
        assertThat(both.status()).isEqualTo(400);

        ApiClient.Response intruder = api.as(stack.tokenFor("intruder")).postJson("/api/v2/analytics/profile",
                Map.of("connection", "pg", "sql", "SELECT 1"));
        assertThat(intruder.status()).isEqualTo(404);
    }

    /** Two groups with different means; deterministic. */
    static List<Map<String, Object>> measures() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row("grp", i % 2 == 0 ? "a" : "b", "val", (i % 2 == 0 ? 10.0 : 12.5) + (i * 7 % 5) * 0.25));
        }
        return rows;
    }

    /** A weekly pattern on a slow trend, with one spike at index 40. */
    static List<Map<String, Object>> daily() {
        List<Map<String, Object>> rows = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 1, 5);
        for (int i = 0; i < DAYS; i++) {
            double amount = 100 + i * 0.5 + new double[] {0, 3, 5, 4, 6, -4, -8}[i % 7] + (i == 40 ? 90 : 0);
            rows.add(row("day", start.plusDays(i).toString(), "amount", amount));
        }
        return rows;
    }

    private static Map<String, Object> row(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(k1, v1);
        row.put(k2, v2);
        return row;
    }

    private static void uploadSqlite() throws Exception {
        Path file = dataDir.resolve("shop.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, region TEXT, revenue REAL)");
            s.execute("INSERT INTO orders VALUES (1, 'North', 10.5), (2, 'South', 4.0), (3, 'North', 5.0), (4, 'South', 3.0)");
        }
        try (S3Client s3 = S3Client.builder().region(Region.of(LocalStack.REGION)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Server.ACCESS_KEY, S3Server.SECRET_KEY)))
                .endpointOverride(URI.create(stack.functionConfig().s3Endpoint().orElseThrow()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            s3.putObject(b -> b.bucket(LocalStack.BUCKET).key("tenants/" + TENANT + "/databases/shop.db"),
                    RequestBody.fromBytes(Files.readAllBytes(file)));
        }
    }
}
