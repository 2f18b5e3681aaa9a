package ai.kai.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The large-table path: HyperLogLog estimates within their stated bound, exact counts wherever affordable. */
class ProfileEstimatesTest {
    @TempDir
    Path dir;

    @Test
    void shouldEstimateLargeColumnsWithinTheStatedBoundAndCountTheRestExactly() throws Exception {
        ProfileOptions options = ProfileOptions.defaults().withExactDistinctMaxRows(100).withValueCountsMaxDistinct(1000);
        try (Connection c = ProfileFixture.open(dir)) {
            Independent sql = new Independent(c);
            DatasetProfile p = new ProfileService().profile(c, "data", options);
            int estimated = 0;
            for (ColumnProfile col : p.columns()) {
                long exact = sql.count("SELECT count(DISTINCT " + Independent.q(col.name()) + ") FROM data");
                DistinctCount d = col.distinct();
                if (d.exact()) {
                    assertThat(d.value()).as(col.name()).isEqualTo(exact);
                    assertThat(col.topValues()).as(col.name()).isNotNull();
                    continue;
                }
                estimated++;
                assertThat(d.relativeErrorBound()).isEqualTo(HyperLogLog.ERROR_BOUND);
                assertThat(Math.abs(d.value() - exact)).as(col.name() + " estimate " + d.value() + " vs " + exact)
                        .isLessThanOrEqualTo((long) Math.ceil(d.relativeErrorBound() * exact));
                assertThat(col.topValues()).as(col.name()).isNull();
                new ProfileChecks(sql, col).text();
            }
            assertThat(estimated).isGreaterThanOrEqualTo(5);
            assertThat(p.column("order_date").distinct().exact()).isTrue();
            assertThat(p.column("id").semanticType()).isEqualTo(SemanticType.ID);
            assertThat(p.column("code").semanticType()).isEqualTo(SemanticType.ID);
            assertThat(p.column("comment").text().withWhitespace()).isEqualTo(ProfileFixture.ROWS);
            assertThat(p.methods().distinct()).contains("HyperLogLog sketch with 4096 registers");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1_000, 20_000, 150_000, 400_000})
    void shouldKeepTheSketchWithinItsBoundAcrossCardinalities(int distinct) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE data AS SELECT i % " + distinct + " AS n, 'v' || (i % " + distinct + ") AS t"
                    + " FROM range(400000) r(i)");
            ProfileOptions sketchAll = ProfileOptions.defaults().withExactDistinctMaxRows(0).withValueCountsMaxDistinct(0);
            DatasetProfile p = new ProfileService().profile(c, "data", sketchAll);
            for (String name : new String[] {"n", "t"}) {
                DistinctCount d = p.column(name).distinct();
                assertThat(d.exact()).isFalse();
                assertThat(Math.abs(d.value() - distinct)).as(name + " ≈ " + d.value())
                        .isLessThanOrEqualTo((long) Math.ceil(HyperLogLog.ERROR_BOUND * distinct));
            }
        }
    }

    @Test
    void shouldUseTheLinearCountingRangeForSmallSketches() {
        assertThat(HyperLogLog.estimate(0, 0)).isZero();
        assertThat(HyperLogLog.estimate(1, 0.5)).isEqualTo(1);
        assertThat(HyperLogLog.estimate(HyperLogLog.REGISTERS, HyperLogLog.REGISTERS / 1024.0))
                .isGreaterThan(2L * HyperLogLog.REGISTERS);
    }
}
