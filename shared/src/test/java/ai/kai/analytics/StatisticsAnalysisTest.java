package ai.kai.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.stats.CorrelationMatrix;
import ai.kai.stats.Description;
import ai.kai.stats.StatisticsService;
import ai.kai.stats.TestResult;
import ai.kai.stats.TukeyResult;
import ai.kai.tenancy.TenantId;

/** Statistics over inline rows, as POST /analytics/statistics runs them; numbers from R. */
class StatisticsAnalysisTest {
    static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
    final StatisticsAnalysis analysis = new StatisticsAnalysis(new StatisticsService(), new ColumnLoader(null, null, null));
    final TenantId tenant = new TenantId("t1");

    static List<Map<String, Object>> sleep() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(row("extra", SLEEP_1[i], "group", 1));
            rows.add(row("extra", SLEEP_2[i], "group", 2));
        }
        return rows;
    }

    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    Analysis run(Map<String, Object> body) {
        JsonNode node = Json.mapper().valueToTree(body);
        return analysis.run(tenant, StatisticsCall.from(node));
    }

    @Test
    void shouldRunWelchsTestAsRDoesOnTheSleepDataWithTheFirstNamedGroupMinusTheSecond() {
        Analysis a = run(Map.of("test_type", "t_test", "data", sleep(), "value_column", "extra", "group_column", "group"));
        TestResult r = (TestResult) a.result();
        assertThat(r.statistic()).isCloseTo(-1.860813, within(1e-6));
        assertThat(r.degreesOfFreedom()).isCloseTo(17.77647, within(1e-5));
        assertThat(r.pValue()).isCloseTo(0.07939414, within(1e-8));
        assertThat(r.confidenceInterval().lower()).isCloseTo(-3.3654832, within(1e-6));
        assertThat(a.metadata()).containsEntry("rows_used", 20).containsEntry("test_type", "welch");

        TestResult reversed = (TestResult) run(Map.of("test_type", "welch", "data", sleep(), "value_column", "extra",
                "group_column", "group", "groups", List.of("2", "1"))).result();
        assertThat(reversed.statistic()).isCloseTo(1.860813, within(1e-6));
    }

    @Test
    void shouldLeaveOutRowsWithMissingValuesAndCountThem() {
        List<Map<String, Object>> rows = sleep();
        Map<String, Object> missing = new LinkedHashMap<>();
        missing.put("extra", null);
        missing.put("group", 1);
        rows.add(missing);
        rows.add(row("extra", "", "group", 2));
        Analysis a = run(Map.of("test_type", "welch", "data", rows, "value_column", "extra", "group_column", "group"));
        assertThat(((TestResult) a.result()).statistic()).isCloseTo(-1.860813, within(1e-6));
        assertThat(a.metadata()).containsEntry("rows", 22).containsEntry("rows_with_missing_values", 2);
    }

    @Test
    void shouldRefuseNonNumericCellsNamingColumnRowAndValue() {
        List<Map<String, Object>> rows = sleep();
        rows.set(3, row("extra", "abc", "group", 2));
        assertThatThrownBy(() -> run(Map.of("test_type", "welch", "data", rows, "value_column", "extra", "group_column", "group")))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NON_NUMERIC_VALUES))
                .hasMessageContaining("'extra'").hasMessageContaining("row 4").hasMessageContaining("\"abc\"");
    }

    @Test
    void shouldRefuseUnknownColumnsAndGroupsListingWhatExists() {
        assertThatThrownBy(() -> run(Map.of("test_type", "welch", "data", sleep(), "value_column", "nope", "group_column", "group")))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.COLUMN_NOT_FOUND))
                .hasMessageContaining("extra, group");
        assertThatThrownBy(() -> run(Map.of("test_type", "welch", "data", sleep(), "value_column", "extra",
                "group_column", "group", "groups", List.of("1", "3"))))
                .hasMessageContaining("group '3' does not occur").hasMessageContaining("1, 2");
    }

    @Test
    void shouldSayWhichGroupsThereAreWhenATwoGroupTestGetsThree() {
        List<Map<String, Object>> rows = sleep();
        rows.add(row("extra", 1.0, "group", 3));
        rows.add(row("extra", 2.0, "group", 3));
        assertThatThrownBy(() -> run(Map.of("test_type", "student", "data", rows, "value_column", "Extra", "group_column", "GROUP")))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_GROUPS))
                .hasMessageContaining("3 groups (1, 2, 3)");
    }

    @Test
    void shouldRefuseAGroupWithOneObservation() {
        List<Map<String, Object>> rows = new ArrayList<>(sleep().subList(0, 10));
        rows.add(row("extra", 1.0, "group", 3));
        assertThatThrownBy(() -> run(Map.of("test_type", "anova", "data", rows, "value_column", "extra", "group_column", "group")))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
    }

    @Test
    void shouldRunTukeyChiSquareCorrelationAndDescribe() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row("g", "ABC".substring(i % 3, i % 3 + 1), "y", i % 3 * 2.0 + (i * 7 % 5) * 0.3, "x", i * 1.0,
                    "c", i % 2 == 0 ? "yes" : "no"));
        }
        TukeyResult tukey = (TukeyResult) run(Map.of("test_type", "tukey", "data", rows, "value_column", "y",
                "group_column", "g")).result();
        assertThat(tukey.comparisons()).hasSize(3);
        TestResult chi = (TestResult) run(Map.of("test_type", "chi_square", "data", rows, "row_column", "g",
                "column_column", "c")).result();
        assertThat(chi.degreesOfFreedom()).isEqualTo(2.0);
        CorrelationMatrix m = (CorrelationMatrix) run(Map.of("test_type", "correlation", "data", rows,
                "columns", List.of("x", "y"), "method", "spearman")).result();
        assertThat(m.pairs()).hasSize(1);
        @SuppressWarnings("unchecked")
        List<Description> d = (List<Description>) run(Map.of("test_type", "describe", "data", rows, "by", "g")).result();
        assertThat(d).extracting(Description::variable).containsExactly("y", "x");
        assertThat(d.get(0).groups()).hasSize(3);
        assertThat(d.get(0).overall().n()).isEqualTo(30);
    }

    @Test
    void shouldCheckTheFieldsATestNeedsBeforeReadingData() {
        assertThatThrownBy(() -> run(Map.of("test_type", "chi_square", "data", sleep(), "row_column", "group")))
                .hasMessageContaining("'column_column'");
        assertThatThrownBy(() -> run(Map.of("test_type", "bogus", "data", sleep())))
                .hasMessageContaining("welch, student");
        assertThatThrownBy(() -> run(Map.of("test_type", "welch", "value_column", "extra", "group_column", "group")))
                .hasMessageContaining("file_id");
        assertThatThrownBy(() -> run(Map.of("test_type", "welch", "data", sleep(), "value_column", "extra",
                "group_column", "group", "alpha", 2)))
                .hasMessageContaining("'alpha'");
    }
}
