package ai.kai.profile;

import static ai.kai.profile.Independent.close;
import static ai.kai.profile.Independent.q;
import static ai.kai.profile.Independent.sameValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of a profile of generated data against a computation of the same figure in plain DuckDB SQL
 * written here, independently of the profiler's own statements.
 */
class ProfileServiceTest {
    @TempDir
    static Path dir;
    static Connection connection;
    static DatasetProfile profile;
    static Independent sql;

    @BeforeAll
    static void profileTheGeneratedTable() throws Exception {
        connection = ProfileFixture.open(dir);
        sql = new Independent(connection);
        profile = new ProfileService().profile(connection, "data", ProfileOptions.defaults());
    }

    @AfterAll
    static void closeConnection() throws Exception {
        connection.close();
    }

    @Test
    void shouldMatchAnIndependentDuckDbComputationForEveryStatistic() throws Exception {
        assertThat(profile.rowCount()).isEqualTo(sql.count("SELECT count(*) FROM data")).isEqualTo(ProfileFixture.ROWS);
        assertThat(profile.columnCount()).isEqualTo((int) sql.count("SELECT count(*) FROM (DESCRIBE data)"));
        assertThat(profile.duplicateRows())
                .isEqualTo(sql.count("SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT * FROM data)) FROM data"));
        assertThat(profile.storageBytes()).isEqualTo(sql.count(
                "SELECT block_size * used_blocks FROM pragma_database_size() WHERE database_name = current_database()"));
        for (ColumnProfile c : profile.columns()) {
            String col = q(c.name());
            assertThat(c.dataType()).isEqualTo(sql.text("SELECT column_type FROM (DESCRIBE data) WHERE column_name = '"
                    + c.name().replace("'", "''") + "'"));
            assertThat(c.count()).as(c.name()).isEqualTo(sql.count("SELECT count(" + col + ") FROM data"));
            assertThat(c.nulls()).as(c.name()).isEqualTo(sql.count("SELECT count(*) FILTER (WHERE " + col
                    + " IS NULL) FROM data"));
            close(c.name() + " null %", c.nullPercent(), 100.0 * c.nulls() / profile.rowCount());
            assertThat(c.distinct().exact()).isTrue();
            assertThat(c.distinct().value()).as(c.name()).isEqualTo(sql.count("SELECT count(DISTINCT " + col
                    + ") FROM data"));
            sameValue(c.name() + " min", c.min(), sql.text("SELECT CAST(min(" + col + ") AS VARCHAR) FROM data"));
            sameValue(c.name() + " max", c.max(), sql.text("SELECT CAST(max(" + col + ") AS VARCHAR) FROM data"));
            ProfileChecks checks = new ProfileChecks(sql, c);
            checks.numeric();
            checks.text();
            checks.temporal();
            checks.histogram();
            checks.topValues(10);
        }
        checkCorrelations();
    }

    private void checkCorrelations() throws Exception {
        List<String> numeric = profile.columns().stream()
                .filter(c -> c.semanticType() == SemanticType.NUMERIC && c.numeric().std() != null && c.numeric().std() > 0)
                .map(ColumnProfile::name).toList();
        assertThat(profile.correlations()).hasSize(numeric.size() * (numeric.size() - 1) / 2);
        for (Correlation r : profile.correlations()) {
            String a = "CAST(" + q(r.left()) + " AS DOUBLE)";
            String b = "CAST(" + q(r.right()) + " AS DOUBLE)";
            close(r.left() + "×" + r.right(), r.pearson(), sql.number("SELECT corr(" + a + ", " + b + ") FROM data"));
            assertThat(r.pairs()).isEqualTo(sql.count("SELECT count(*) FROM data WHERE " + q(r.left())
                    + " IS NOT NULL AND " + q(r.right()) + " IS NOT NULL"));
        }
    }

    @Test
    void shouldInferTheSemanticTypeOfEachKindOfColumn() {
        Map<String, SemanticType> types = profile.columns().stream()
                .collect(Collectors.toMap(ColumnProfile::name, ColumnProfile::semanticType));
        assertThat(types).containsEntry("id", SemanticType.ID).containsEntry("code", SemanticType.ID)
                .containsEntry("amount", SemanticType.NUMERIC).containsEntry("revenue", SemanticType.NUMERIC)
                .containsEntry("quantity", SemanticType.NUMERIC).containsEntry("price", SemanticType.NUMERIC)
                .containsEntry("region", SemanticType.CATEGORICAL).containsEntry("zip", SemanticType.CATEGORICAL)
                .containsEntry("mixed", SemanticType.CATEGORICAL).containsEntry("source", SemanticType.CATEGORICAL)
                .containsEntry(ProfileFixture.WEIRD, SemanticType.CATEGORICAL)
                .containsEntry("flag", SemanticType.BOOLEAN).containsEntry("yes_no", SemanticType.BOOLEAN)
                .containsEntry("order_date", SemanticType.DATETIME).containsEntry("updated_at", SemanticType.DATETIME)
                .containsEntry("month_start", SemanticType.DATETIME)
                .containsEntry("shipped_text", SemanticType.DATETIME).containsEntry("comment", SemanticType.TEXT);
    }

    @Test
    void shouldNameTheGranularityOfDatesAndOfDatesStoredAsText() {
        assertThat(profile.column("order_date").temporal().granularity()).isEqualTo(Granularity.DAY);
        assertThat(profile.column("updated_at").temporal().granularity()).isEqualTo(Granularity.HOUR);
        assertThat(profile.column("month_start").temporal().granularity()).isEqualTo(Granularity.MONTH);
        TemporalStats shipped = profile.column("shipped_text").temporal();
        assertThat(shipped.parsedFromText()).isTrue();
        assertThat(shipped.granularity()).isEqualTo(Granularity.DAY);
        assertThat(shipped.min()).isEqualTo("2023-01-01T00:00:00");
        assertThat(shipped.max()).isEqualTo("2024-05-14T00:00:00");
        assertThat(profile.columns()).filteredOn(c -> c.temporal() != null && c.temporal().granularity() != null)
                .hasSize(4).allSatisfy(c -> assertThat(c.histogram()).as(c.name()).isNotNull());
    }

    @Test
    void shouldRaiseTheAlertsTheGeneratedDataCallsFor() {
        assertThat(alerts(AlertType.POSSIBLE_ID)).containsExactlyInAnyOrder("id", "code");
        assertThat(alerts(AlertType.SKEWED)).containsExactly("revenue");
        assertThat(alerts(AlertType.OUTLIERS)).containsExactly("revenue");
        assertThat(alerts(AlertType.HIGH_NULL_SHARE)).containsExactlyInAnyOrder("region", "all_null");
        assertThat(alerts(AlertType.CONSTANT)).containsExactly("source");
        assertThat(alerts(AlertType.DATE_AS_TEXT)).containsExactly("shipped_text");
        assertThat(alerts(AlertType.NUMBER_AS_TEXT)).containsExactly("zip");
        assertThat(alerts(AlertType.MIXED_TYPES)).containsExactly("mixed");
        assertThat(alerts(AlertType.HIGH_CARDINALITY)).containsExactly("comment");
        assertThat(alerts(AlertType.HIGH_CORRELATION)).containsExactly("amount");
        assertThat(alerts(AlertType.DUPLICATE_ROWS)).isEmpty();
        Alert nulls = profile.alerts().stream().filter(a -> "all_null".equals(a.column())).findFirst().orElseThrow();
        assertThat(nulls.severity()).isEqualTo(Severity.WARNING);
        assertThat(nulls.message()).isEqualTo("every value is NULL");
    }

    @Test
    void shouldSerialiseToSnakeCaseJson() throws Exception {
        var json = ai.kai.json.Json.mapper().readTree(ai.kai.json.Json.write(profile));
        assertThat(json.get("row_count").asLong()).isEqualTo(ProfileFixture.ROWS);
        var amount = json.get("columns").get(1);
        assertThat(amount.get("semantic_type").asText()).isEqualTo("numeric");
        assertThat(amount.get("numeric").get("quantiles").get("p50").isNumber()).isTrue();
        assertThat(json.get("alerts").get(0).get("type").asText()).matches("[a-z_]+");
    }

    private static List<String> alerts(AlertType type) {
        return profile.alerts().stream().filter(a -> a.type() == type).map(Alert::column).toList();
    }
}
