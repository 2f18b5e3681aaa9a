package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.json.Json;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import ai.kai.local.agent.ScriptedOpenAi;

/**
 * The agent on a connection: {@code POST /api/v2/agent/runs} with {@code connection} on the local stack, a real
 * PostgreSQL behind the connector SPI, and the real langchain4j OpenAI client against scripted model turns. The
 * connection's role owns the table and may write, so only KAI's read-only guard and read-only transaction stand
 * between the model and the data.
 */
class AgentConnectionEndToEndTest {
    private static final String PASSWORD = "own-Pw-4Qx-never-echoed";
    @TempDir
    static Path dataDir;
    static ScriptedOpenAi model;
    static LocalStack stack;
    static EmbeddedPostgres postgres;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        model = new ScriptedOpenAi();
        model.configureFunctions("sk-test-secret-never-shown");
        stack = LocalStack.start(new LocalStackOptions(0, dataDir.resolve("stack"), false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("dbteam"));
        postgres = ConnectionsEndToEndTest.startPostgres(dataDir.resolve("pg"));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE owner LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE TABLE sales (day DATE, region TEXT, amount NUMERIC(10,2))");
            s.execute("INSERT INTO sales SELECT DATE '2025-01-01' + i, (ARRAY['North','South','East'])[1 + i % 3], "
                    + "100 + i * 2.5 FROM generate_series(0, 59) AS i");
            s.execute("ALTER TABLE sales OWNER TO owner");
        }
        String uri = "postgresql://owner:" + PASSWORD + "@localhost:" + postgres.getPort() + "/postgres";
        assertThat(api.postJson("/api/v2/connections", Map.of("alias", "pg", "uri", uri)).status()).isEqualTo(201);
        ApiClient rival = new ApiClient(stack.endpoint(), stack.tokenFor("rival"));
        assertThat(rival.postJson("/api/v2/connections", Map.of("alias", "theirs", "uri", uri)).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
        postgres.close();
        model.close();
        ScriptedOpenAi.clearFunctionSettings();
    }

    @BeforeEach
    void resetModel() {
        model.reset();
    }

    static String args(Object... keyValues) {
        ObjectNode node = Json.mapper().createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            node.set((String) keyValues[i], Json.mapper().valueToTree(keyValues[i + 1]));
        }
        return node.toString();
    }

    static JsonNode ask(String question) throws InterruptedException {
        ApiClient.Response created = api.postJson("/api/v2/agent/runs", Map.of("question", question, "connection", "pg"));
        assertThat(created.status()).as(created.raw()).isEqualTo(202);
        return AgentEndToEndTest.poll(api, created.data().path("task_id").asText());
    }

    static List<String> toolMessages(int request) {
        return model.toolResults(request);
    }

    /** The rows PostgreSQL itself gives, numbers as JSON numbers. */
    static JsonNode direct(String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof java.math.BigDecimal d ? (Object) d.doubleValue() : v);
                }
                rows.add(row);
            }
        }
        return Json.mapper().valueToTree(rows);
    }

    static String salesFingerprint() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(amount), (SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public') FROM sales")) {
            rs.next();
            return rs.getLong(1) + "/" + rs.getBigDecimal(2) + "/" + rs.getLong(3);
        }
    }

    @Test
    void shouldAnswerAboutAConnectionInItsDialectWithAnalysesAndAChartOnTheLastResult() throws Exception {
        String sql = "SELECT region, SUM(amount)::numeric(12,2) AS revenue, COUNT(*) AS orders FROM public.sales "
                + "GROUP BY region ORDER BY region";
        model.toolCalls("list_tables", "{}")
                .toolCalls("describe_table", args("table", "sales"))
                .sql(sql)
                .toolCalls("statistics", args("test_type", "describe", "columns", List.of("revenue")),
                        "chart", args("chart_type", "bar", "x", "region", "y", "revenue"))
                .answer("East, North and South each have 20 orders.");

        JsonNode task = ask("Revenue by region?");

        assertThat(task.path("status").asText()).as(task.toString()).isEqualTo("succeeded");
        assertThat(task.path("connection").asText()).isEqualTo("pg");
        JsonNode answer = task.path("answer");
        assertThat(answer.path("sql").get(0).asText()).isEqualTo(sql);
        assertThat(answer.path("result").path("rows").toString()).isEqualTo(direct(sql).toString());
        assertThat(answer.path("analyses")).hasSize(1);
        assertThat(answer.path("chart").path("data").get(0).path("type").asText()).isEqualTo("bar");
        assertThat(answer.path("unverified_numbers")).isEmpty();
        String system = model.requests().get(0).path("messages").get(0).path("content").asText();
        assertThat(system).contains("the database connection 'pg' (PostgreSQL)", "public.sales", "amount numeric");
        assertThat(toolMessages(1).get(0)).contains("public.sales");
        assertThat(toolMessages(2).get(1)).contains("sample", "North").doesNotContain("error");
        assertThat(toolMessages(4).subList(3, 5)).allSatisfy(m -> assertThat(m).doesNotContain("\"error\""));
        assertThat(task.toString()).doesNotContain(PASSWORD).doesNotContain("sk-test-secret");
    }

    @Test
    void shouldRefuseEveryWriteThroughTheConnectionWithTheDatabaseUnchanged() throws Exception {
        String before = salesFingerprint();
        model.toolCalls("run_sql", args("sql", "DELETE FROM sales"),
                "run_sql", args("sql", "UPDATE sales SET amount = 0"),
                "run_sql", args("sql", "WITH gone AS (DELETE FROM sales RETURNING *) SELECT COUNT(*) FROM gone"),
                "run_sql", args("sql", "CREATE TABLE stolen AS SELECT * FROM sales"),
                "run_sql", args("sql", "SELECT 1; DROP TABLE sales"),
                "run_sql", args("sql", "SELECT pg_read_file('/etc/passwd')"),
                "statistics", args("test_type", "describe", "source", "file"));

        JsonNode task = ask("Clean up the sales table");

        List<String> errors = new ArrayList<>();
        task.path("steps").forEach(step -> {
            if (step.path("kind").asText().equals("ERROR")) {
                errors.add(step.path("text").asText());
            }
        });
        assertThat(errors).hasSize(7);
        assertThat(errors.get(6)).contains("only available for files");
        assertThat(errors.get(5)).doesNotContain("root:");
        assertThat(task.path("answer").path("stop_reason").asText()).isEqualTo("SQL_REPAIR_LIMIT");
        assertThat(task.path("answer").path("sql")).isEmpty();
        assertThat(salesFingerprint()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnotherTenantsConnectionAndAmbiguousSources() {
        ApiClient.Response theirs = api.postJson("/api/v2/agent/runs", Map.of("question", "x", "connection", "theirs"));
        assertThat(theirs.status()).as(theirs.raw()).isEqualTo(404);
        assertThat(theirs.body().path("error").path("code").asText()).isEqualTo("CONNECTION_NOT_FOUND");
        ApiClient.Response both = api.postJson("/api/v2/agent/runs", Map.of("question", "x", "connection", "pg",
                "file_id", "f_x"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().path("error").path("message").asText()).contains("not both");
        ApiClient.Response none = api.postJson("/api/v2/agent/runs", Map.of("question", "x"));
        assertThat(none.body().path("error").path("code").asText()).isEqualTo("MISSING_FIELD");
        assertThat(model.requests()).isEmpty();
    }
}
