package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.Kai;
import ai.kai.local.agent.ScriptedOpenAi;

/**
 * kai run, kai file analyze and kai interactive against the local stack, the agent driven by the real langchain4j
 * OpenAI client and a scripted chat-completions server: steps shown, answer and table printed, chart written.
 */
class AgentCommandsE2ETest {
    static final String SQL = "SELECT region, SUM(units) AS units FROM data GROUP BY region ORDER BY region";
    @TempDir
    static Path dir;
    static ScriptedOpenAi model;
    static LocalStackFixture local;
    static Path sales;

    @BeforeAll
    static void start() throws Exception {
        model = new ScriptedOpenAi();
        model.configureFunctions("sk-cli-test");
        local = new LocalStackFixture(dir.resolve("stack"), "askers");
        Path shop = dir.resolve("shop.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + shop);
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, region TEXT, amount REAL)");
            s.execute("INSERT INTO orders VALUES (1, 'North', 10.5), (2, 'South', 20.0), (3, 'North', 5.25)");
        }
        local.putTenantObject("askers", "databases/shop.db", shop);
        assertThat(local.kai("connection", "create", "sqlite://databases/shop.db", "--alias", "shop").exitCode()).isZero();
        sales = dir.resolve("sales.csv");
        Files.writeString(sales, "region,units\nNorth,3\nSouth,4\nNorth,5\nEast,7\n");
    }

    @AfterAll
    static void stop() {
        local.close();
        model.close();
        ScriptedOpenAi.clearFunctionSettings();
    }

    @Test
    void shouldRunAQuestionShowingStepsAndWriteTheChart() throws Exception {
        model.reset();
        model.sql(SQL).toolCalls("chart", "{\"chart_type\":\"bar\",\"x\":\"region\",\"y\":\"units\"}")
                .answer("North sold 8 units, the most after East with 7.");
        Path html = dir.resolve("units.html");

        Kai.Run run = local.kai("run", "Units by region?", "--file", sales.toString(), "--chart", "bar", "--output", html.toString());

        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("SQL  " + SQL).contains("→ 3 row(s)");
        assertThat(run.out()).contains("North sold 8 units").contains("North").contains("South");
        assertThat(Files.readString(html)).contains("Plotly").contains("North");
    }

    @Test
    void shouldAnalyzeAFileWithinOneRequestAndFlagInventedNumbers() {
        model.reset();
        model.sql(SQL).answer("East sold 7 units and the average was 4242.");

        Kai.Run run = local.kai("file", "analyze", sales.toString(), "Units by region?");

        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("4242 [unverified]");
        assertThat(run.err()).contains("appear in no result").contains("4242");
    }

    @Test
    void shouldExitWith1WhenTheRunStopsAtALimit() {
        model.reset();
        for (int i = 0; i < 5; i++) {
            model.sql("SELECT regoin FROM data");
        }

        Kai.Run run = local.kai("run", "Broken?", "--file", sales.toString());

        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("SQL_REPAIR_LIMIT");
    }

    @Test
    void shouldKeepASessionAcrossQuestionsInInteractiveMode() {
        model.reset();
        model.sql(SQL).answer("Three regions.").sql("SELECT COUNT(*) AS n FROM data").answer("4 rows in total.");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Units by region?\nAnd how many rows?\n:history\n:quit\n"
                    .getBytes(StandardCharsets.UTF_8)));
            Kai.Run run = local.kai("interactive", "--file", sales.toString());
            assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("Three regions.").contains("4 rows in total.")
                    .contains("1. Units by region?").contains("2. And how many rows?");
        } finally {
            System.setIn(stdin);
        }
        assertThat(model.requests().get(2).path("messages").toString()).contains("Units by region?", "Three regions.");
    }

    @Test
    void shouldAnswerAboutAConnectionWithDbAndShowItsRefusedWrite() {
        model.reset();
        String sql = "SELECT region, SUM(amount) AS amount FROM orders GROUP BY region ORDER BY region";
        model.sql("DELETE FROM orders").sql(sql).answer("North has 15.75 and South 20.0.");

        Kai.Run run = local.kai("run", "Amount per region?", "--db", "shop");

        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("SQL  DELETE FROM orders").contains("SQL  " + sql).contains("→ 2 row(s)");
        assertThat(run.out()).contains("North has 15.75").contains("15.75").contains("South");
        assertThat(model.requests().get(0).path("messages").get(0).path("content").asText())
                .contains("the database connection 'shop' (SQLite)", "orders: id INTEGER, region TEXT, amount REAL");
        Kai.Run after = local.kai("query", "--db", "shop", "SELECT COUNT(*) AS n FROM orders");
        assertThat(after.out()).as(after.transcript()).contains("3");
    }

    @Test
    void shouldKeepASessionOnAConnectionInInteractiveMode() {
        model.reset();
        model.sql("SELECT COUNT(*) AS n FROM orders").answer("3 orders.").sql("SELECT MAX(amount) AS top FROM orders")
                .answer("The largest is 20.0.");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("How many orders?\nThe largest?\n:quit\n".getBytes(StandardCharsets.UTF_8)));
            Kai.Run run = local.kai("interactive", "--db", "shop");
            assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("3 orders.").contains("The largest is 20.0.");
        } finally {
            System.setIn(stdin);
        }
        assertThat(model.requests().get(2).path("messages").toString()).contains("How many orders?", "3 orders.");
    }
}
