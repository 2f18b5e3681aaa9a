package ai.kai.cli.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.FakeApi;
import ai.kai.cli.Kai;
import ai.kai.cli.api.CliJson;

/** {@code kai file query} and {@code kai query --db}: the same checks, request body and result display. */
class SqlQueryCommandTest {
    private static final String FILE_ID = "f_01m88bzcqfw0v2zbgkfjpf";
    private static final String RESULT = """
            {"success":true,"data":{"columns":["region","revenue"],"types":["VARCHAR","DOUBLE"],
             "rows":[["North",10.5],["South",3.25]],"row_count":2,"execution_time_ms":7,"truncated":%s,"metadata":{}},
             "error":null,"metadata":{}}""";

    @Test
    void shouldRefuseALimitOutsideItsRangeBeforeConnecting() {
        Kai.Run file = Kai.run("file", "query", FILE_ID, "SELECT 1", "--limit", "0", "--endpoint", "http://127.0.0.1:9");
        Kai.Run db = Kai.run("query", "--db", "shop", "SELECT 1", "--limit", "100001", "--endpoint", "http://127.0.0.1:9");

        assertThat(file.exitCode()).as(file.transcript()).isEqualTo(ExitCodes.USAGE);
        assertThat(file.err()).contains("--limit must be between 1 and 100000");
        assertThat(db.exitCode()).as(db.transcript()).isEqualTo(ExitCodes.USAGE);
        assertThat(db.err()).contains("--limit must be between 1 and 100000");
    }

    @Test
    void shouldRefuseAnEmptyStatementBeforeConnecting() {
        Kai.Run file = Kai.run("file", "query", FILE_ID, "  ", "--endpoint", "http://127.0.0.1:9");
        Kai.Run db = Kai.run("query", "--db", "shop", "", "--endpoint", "http://127.0.0.1:9");

        assertThat(file.exitCode()).as(file.transcript()).isEqualTo(ExitCodes.USAGE);
        assertThat(file.err()).contains("the SQL statement is empty");
        assertThat(db.exitCode()).as(db.transcript()).isEqualTo(ExitCodes.USAGE);
        assertThat(db.err()).contains("the SQL statement is empty");
    }

    @Test
    void shouldSendTheStatementAndLimitAndShowTheResultAsATable() throws Exception {
        try (FakeApi api = new FakeApi()) {
            api.answer("POST /api/v2/files/" + FILE_ID + "/query", 200, RESULT.formatted("false"));
            api.answer("POST /api/v2/connections/shop/query", 200, RESULT.formatted("false"));

            Kai.Run file = Kai.run("file", "query", FILE_ID, "SELECT * FROM data", "--limit", "5",
                    "--endpoint", api.endpoint(), "--token", "t");
            Kai.Run db = Kai.run("query", "--db", "shop", "SELECT * FROM orders", "--endpoint", api.endpoint(), "--token", "t");

            for (Kai.Run run : new Kai.Run[] {file, db}) {
                assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
                assertThat(run.out()).contains("region", "North", "10.5", "South", "3.25");
                assertThat(run.err()).doesNotContain("the result was cut");
            }
            JsonNode fileBody = CliJson.readTree(api.requests().get(0).body());
            JsonNode dbBody = CliJson.readTree(api.requests().get(1).body());
            assertThat(fileBody.path("sql").asText()).isEqualTo("SELECT * FROM data");
            assertThat(fileBody.path("limit").asInt()).isEqualTo(5);
            assertThat(dbBody.path("sql").asText()).isEqualTo("SELECT * FROM orders");
            assertThat(dbBody.path("limit").asInt()).isEqualTo(1000);
        }
    }

    @Test
    void shouldSayHowToGetMoreRowsWhenTheResultWasCut() throws Exception {
        try (FakeApi api = new FakeApi()) {
            api.answer("POST /api/v2/connections/shop/query", 200, RESULT.formatted("true"));

            Kai.Run run = Kai.run("query", "--db", "shop", "SELECT * FROM orders", "--limit", "2",
                    "--endpoint", api.endpoint(), "--token", "t");

            assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
            assertThat(run.err()).contains("the result was cut at 2 rows: raise --limit (up to 100000) or aggregate");
        }
    }

    @Test
    void shouldPrintTheResponseAsReceivedWithJson() throws Exception {
        try (FakeApi api = new FakeApi()) {
            api.answer("POST /api/v2/files/" + FILE_ID + "/query", 200, RESULT.formatted("false"));

            Kai.Run run = Kai.run("file", "query", FILE_ID, "SELECT * FROM data", "--json",
                    "--endpoint", api.endpoint(), "--token", "t");

            assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
            assertThat(CliJson.readTree(run.out()).at("/data/rows/0/0").asText()).isEqualTo("North");
        }
    }
}
