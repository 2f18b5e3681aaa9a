package ai.kai.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.chart.Aggregation;
import ai.kai.chart.ChartQuery;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Table;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Chart SQL (ChartQuery's plans, around a guarded user query) runs in the same sandbox, guard and timeout as /query. */
class ChartSqlInSandboxTest {
    @TempDir
    static Path dir;
    static Path db;
    static QueryEngine engine;

    @BeforeAll
    static void dataset() throws Exception {
        db = SandboxFixture.salesDatabase(dir);
        engine = SandboxFixture.engine(dir, 5);
    }

    private static Table read(String sql) {
        return engine.read(db, sql, rs -> Table.fromResultSet(rs, 100_000));
    }

    @Test
    void shouldAggregateABarChartInDuckDbToOneRowPerCategoryWithExactSums() {
        ChartSpec spec = ChartSpec.of(ChartType.BAR).x("region").y("revenue").aggregation(Aggregation.SUM).build();
        Table rows = read(ChartQuery.plan(spec, "data", 10_000, ChartQuery.DEFAULT_MAX_ROWS).sql());
        assertThat(rows.rowCount()).isEqualTo(4);
        double north = 0;
        for (int id = 0; id < 10_000; id += 4) {
            north += (id % 7) * 1.5;
        }
        assertThat(rows.column("region").label(1)).as("ordered by region").isEqualTo("North");
        assertThat(rows.column("revenue").number(1)).isEqualTo(north);
    }

    @Test
    void shouldChartAGuardedUserQueryAsASubqueryEvenWithATrailingComment() {
        String user = engine.guard(db, "SELECT region, revenue FROM data WHERE region <> 'East' -- not the east;");
        String relation = "(\n" + user + "\n) AS q";
        ChartSpec spec = ChartSpec.of(ChartType.BAR).x("region").y("revenue").aggregation(Aggregation.MEAN).build();
        assertThat(read(ChartQuery.plan(spec, relation, 7500, ChartQuery.DEFAULT_MAX_ROWS).sql()).rowCount()).isEqualTo(3);
    }

    @Test
    void shouldSampleLargeRawRelationsReproducibly() {
        ChartSpec spec = ChartSpec.of(ChartType.SCATTER).x("id").y("revenue").build();
        ChartQuery plan = ChartQuery.plan(spec, "(\nSELECT * FROM data\n) AS q", 10_000, 1000);
        assertThat(plan.sampled()).isTrue();
        Table first = read(plan.sql());
        assertThat(first.rowCount()).isEqualTo(1000);
        assertThat(read(plan.sql()).column("id").numbers()).containsExactly(first.column("id").numbers());
    }

    @Test
    void shouldRefuseUserQueriesThatWriteReachOutOrBreakOutOfTheSubquery() {
        assertThat(refusal(() -> engine.guard(db, "DELETE FROM data"))).isEqualTo(ErrorCode.SQL_NOT_READ_ONLY);
        assertThat(refusal(() -> engine.guard(db, "SELECT * FROM read_csv('/etc/passwd')")))
                .isEqualTo(ErrorCode.SQL_FORBIDDEN_FUNCTION);
        assertThat(refusal(() -> engine.guard(db, "SELECT 1) UNION ALL (SELECT 2"))).isEqualTo(ErrorCode.SQL_SYNTAX_ERROR);
        assertThat(refusal(() -> read("SELECT count(*) FROM read_parquet('x.parquet')")))
                .isEqualTo(ErrorCode.SQL_FORBIDDEN_FUNCTION);
        assertThatThrownBy(() -> read("SELECT sum(region) FROM data")).isInstanceOf(KaiException.class)
                .satisfies(e -> assertThat(((KaiException) e).httpStatus()).isEqualTo(400));
    }

    private static ErrorCode refusal(Runnable r) {
        try {
            r.run();
        } catch (KaiException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal");
    }
}
