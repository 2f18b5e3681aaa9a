package ai.kai.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

class QueryEngineTest {
    @TempDir
    static Path dir;
    static Path db;
    static QueryEngine engine;

    @BeforeAll
    static void dataset() throws Exception {
        db = SandboxFixture.salesDatabase(dir);
        engine = SandboxFixture.engine(dir, 3);
    }

    private static QueryResult run(String sql) {
        return engine.query(db, new QueryRequest(sql, 1000));
    }

    private static ErrorCode refusal(String sql) {
        try {
            run(sql);
        } catch (KaiException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal for: " + sql);
    }

    @Test
    void shouldReturnExactAggregatesWithColumnsAndTypes() {
        QueryResult r = run("SELECT region, SUM(revenue) AS total, COUNT(*) AS n FROM data GROUP BY region ORDER BY region");
        assertThat(r.columns()).containsExactly("region", "total", "n");
        assertThat(r.types()).containsExactly("VARCHAR", "DECIMAL(38,1)", "BIGINT");
        assertThat(r.rowCount()).isEqualTo(4);
        assertThat(r.truncated()).isFalse();
        // East: ids ≡ 2 (mod 4) — sum over them of (id % 7) * 1.5, computed here independently
        double east = 0;
        for (int id = 2; id < 10000; id += 4) {
            east += (id % 7) * 1.5;
        }
        assertThat(((Number) r.rows().get(0).get(1)).doubleValue()).isEqualTo(east);
        assertThat(r.rows().get(0).get(2)).isEqualTo(2500L);
    }

    @Test
    void shouldTruncateAtTheRowLimit() {
        QueryResult r = engine.query(db, new QueryRequest("SELECT * FROM data ORDER BY id", 25));
        assertThat(r.rowCount()).isEqualTo(25);
        assertThat(r.truncated()).isTrue();
        assertThat(r.rows().get(24).get(0)).isEqualTo(24L);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WITH t AS (SELECT region, revenue FROM data) SELECT region, avg(revenue) FROM t GROUP BY ALL",
            "SELECT id, sum(revenue) OVER (PARTITION BY region ORDER BY id ROWS 2 PRECEDING) FROM data LIMIT 5",
            "SELECT region, product, revenue FROM data QUALIFY row_number() OVER (PARTITION BY region ORDER BY revenue DESC) = 1",
            "PIVOT data ON region USING sum(revenue) GROUP BY product",
            "UNPIVOT (SELECT id, revenue, id * 2 AS doubled FROM data LIMIT 3) ON revenue, doubled INTO NAME k VALUE v",
            "SUMMARIZE data",
            "DESCRIBE data",
            "EXPLAIN SELECT count(*) FROM data",
            "EXPLAIN ANALYZE SELECT count(*) FROM data",
            "SELECT * FROM data USING SAMPLE 10 ROWS",
            "SELECT product FROM data WHERE regexp_matches(product, 'SKU-1[0-2]$') LIMIT 3",
            "FROM data SELECT region LIMIT 1",
            "SELECT date_trunc('month', order_date) AS m, sum(revenue) FROM data GROUP BY m ORDER BY m",
            "-- a comment first\nSELECT 1;",
            "SHOW TABLES",
            "VALUES (1, 'a'), (2, 'b')"})
    void shouldKeepAnalystsSqlWorking(String sql) {
        assertThat(run(sql).columns()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE TABLE x AS SELECT 1", "INSERT INTO data SELECT * FROM data LIMIT 1", "DELETE FROM data",
            "UPDATE data SET revenue = 0", "DROP TABLE data", "ALTER TABLE data ADD COLUMN y INT",
            "COPY data TO '/tmp/kai-leak.csv'", "COPY (SELECT 1) TO '/tmp/kai-leak.parquet' (FORMAT parquet)",
            "ATTACH '/tmp/other.duckdb' AS o", "DETACH f", "INSTALL httpfs", "LOAD httpfs", "SET threads = 1",
            "RESET memory_limit", "PRAGMA database_list", "CALL pragma_version()", "EXPORT DATABASE '/tmp/kai-export'",
            "USE memory", "CHECKPOINT", "BEGIN TRANSACTION", "TRUNCATE data"})
    void shouldRefuseEveryWriteDdlAndSessionChange(String sql) {
        assertThat(refusal(sql)).isIn(ErrorCode.SQL_NOT_READ_ONLY, ErrorCode.SQL_SYNTAX_ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM read_csv('/etc/passwd')",
            "WITH x AS (SELECT * FROM read_csv_auto('/etc/passwd')) SELECT * FROM x",
            "SELECT * FROM data WHERE id IN (SELECT length(content) FROM read_text('/etc/hostname'))",
            "SELECT * FROM (SELECT * FROM read_parquet('/tmp/*.parquet'))",
            "SELECT * FROM glob('/*')",
            "SELECT getenv('HOME')",
            "SELECT * FROM duckdb_secrets()",
            "SELECT current_setting('temp_directory')",
            "SELECT * FROM query('SELECT 1')",
            "SELECT * FROM READ_JSON_AUTO('/etc/os-release')",
            "PIVOT (SELECT * FROM read_csv('/etc/passwd')) ON column0 USING count(*)",
            "SELECT * FROM 'data.csv'",
            "SELECT * FROM '/etc/passwd'"})
    void shouldRefuseReadingOutsideTheDataset(String sql) {
        assertThat(refusal(sql)).isIn(ErrorCode.SQL_FORBIDDEN_FUNCTION, ErrorCode.SQL_INVALID);
    }

    @Test
    void shouldRefuseTwoStatementsEvenWhenTheSecondIsHarmless() {
        assertThat(refusal("SELECT 1; SELECT 2")).isEqualTo(ErrorCode.SQL_MULTIPLE_STATEMENTS);
        assertThat(refusal("SELECT 1; DROP TABLE data")).isEqualTo(ErrorCode.SQL_MULTIPLE_STATEMENTS);
    }

    @Test
    void shouldNotSplitOnSemicolonsInsideStringsOrComments() {
        assertThat(run("SELECT 'a;b' AS s /* ; */ -- ;\n").rows()).containsExactly(List.of("a;b"));
    }

    @Test
    void shouldExplainSyntaxErrors() {
        assertThatThrownBy(() -> run("SELEC region FROM data"))
                .isInstanceOf(KaiException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.SQL_SYNTAX_ERROR)
                .hasMessageContaining("syntax error");
    }

    @Test
    void shouldNameUnknownColumnsWithoutLeakingPaths() {
        assertThatThrownBy(() -> run("SELECT nope FROM data"))
                .isInstanceOf(KaiException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.SQL_INVALID)
                .hasMessageContaining("nope")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(dir.toString()));
    }

    @Test
    void shouldStopARunawayCrossJoinAndServeTheNextQuery() {
        assertThat(refusal("SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b"))
                .isEqualTo(ErrorCode.QUERY_TIMEOUT);
        assertThat(run("SELECT count(*) FROM data").rows()).containsExactly(List.of(10000L));
    }

    @Test
    void shouldRefuseResultsThatExceedTheMemoryOrSizeCap() {
        assertThat(refusal("SELECT length(string_agg(repeat('x', 1000000), '')) FROM range(2000)"))
                .isEqualTo(ErrorCode.QUERY_RESOURCE_LIMIT);
        assertThat(refusal("SELECT repeat('x', 10000000) AS huge")).isEqualTo(ErrorCode.RESULT_TOO_LARGE);
        assertThat(run("SELECT 42").rows()).containsExactly(List.of(42));
    }

    @Test
    void shouldKeepEachDatasetsSandboxToItself() throws Exception {
        Path otherDir = java.nio.file.Files.createDirectories(dir.resolve("other"));
        Path other;
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + otherDir.resolve("data.duckdb"));
             var s = c.createStatement()) {
            s.execute("CREATE TABLE data AS SELECT 'secret' AS v");
            other = otherDir.resolve("data.duckdb");
        }
        assertThat(engine.query(other, new QueryRequest("SELECT v FROM data", 10)).rows()).containsExactly(List.of("secret"));
        QueryResult mine = run("SELECT count(*) FROM data");
        assertThat(mine.rows()).containsExactly(List.of(10000L));
        assertThat(run("SHOW DATABASES").rows().toString()).doesNotContain("other").doesNotContain(dir.toString());
        assertThat(refusal("SELECT * FROM duckdb_databases()")).isEqualTo(ErrorCode.SQL_FORBIDDEN_FUNCTION);
    }

    @Test
    void shouldNeverModifyTheDatasetFile() throws Exception {
        byte[] before = Files.readAllBytes(db);
        refusal("DELETE FROM data");
        refusal("CREATE TABLE f.evil AS SELECT 1");
        run("SELECT count(*) FROM data");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
