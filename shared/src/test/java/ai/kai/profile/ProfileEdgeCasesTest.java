package ai.kai.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.error.ErrorCode;
import ai.kai.json.Json;

class ProfileEdgeCasesTest {
    @TempDir
    Path dir;
    final ProfileService service = new ProfileService();

    @Test
    void shouldCountDuplicateRowsExactlyAndByRowHashAlike() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE data AS SELECT i % 700 AS a, CASE WHEN i % 3 = 0 THEN NULL ELSE 'x' || (i % 350)"
                    + " END AS b FROM range(2000) t(i)");
            long expected = new Independent(c).count(
                    "SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT * FROM data)) FROM data");
            DatasetProfile exact = service.profile(c, "data", ProfileOptions.defaults());
            DatasetProfile hashed = service.profile(c, "data", ProfileOptions.defaults().withExactDuplicatesMaxRows(0));
            assertThat(expected).isPositive();
            assertThat(exact.duplicateRows()).isEqualTo(expected);
            assertThat(hashed.duplicateRows()).isEqualTo(expected);
            assertThat(exact.methods().duplicates()).startsWith("exact");
            assertThat(hashed.methods().duplicates()).contains("64-bit hashes");
            assertThat(exact.alerts()).anySatisfy(a -> {
                assertThat(a.type()).isEqualTo(AlertType.DUPLICATE_ROWS);
                assertThat(a.column()).isNull();
            });
        }
    }

    @Test
    void shouldProfileEveryKindOfDuckDbColumnWithoutFailing() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')");
            s.execute("""
                    CREATE TABLE data AS SELECT
                      CAST(i AS HUGEINT) * 1000000000000 AS huge, CAST(i AS UBIGINT) AS ubig,
                      CAST(i / 7 AS DECIMAL(38, 4)) AS dec, CASE WHEN i = 3 THEN 'inf'::FLOAT ELSE i / 3 END AS f,
                      TIMESTAMPTZ '2024-01-01 00:00:00+00' + to_minutes(i) AS tz, TIME '08:00:00' + to_seconds(i) AS t,
                      uuid() AS u, ['sad', 'ok', 'happy'][1 + i % 3]::mood AS m, 'blob'::BLOB AS bl, [i, i + 1] AS li,
                      {'k': i % 4} AS st, MAP {'a': i % 2} AS mp, to_days(i % 5) AS iv, CAST(i % 4 AS TINYINT) AS tiny
                    FROM range(300) t(i)""");
            DatasetProfile p = service.profile(c, "data", ProfileOptions.defaults());
            assertThat(p.columns()).hasSize(14);
            assertThat(p.column("huge").numeric().quantiles().p50()).isEqualTo(149_500_000_000_000.0);
            assertThat(p.column("huge").histogram().bins()).isNotEmpty();
            assertThat(p.column("dec").semanticType()).isEqualTo(SemanticType.NUMERIC);
            assertThat(p.column("f").numeric().infinite()).isEqualTo(1);
            assertThat(p.column("f").histogram().bins().stream().mapToLong(Histogram.Bin::count).sum()).isEqualTo(299);
            assertThat(p.column("f").numeric().std()).isPositive();
            assertThat(p.column("tz").temporal().granularity()).isEqualTo(Granularity.MINUTE);
            assertThat(p.column("t").semanticType()).isEqualTo(SemanticType.DATETIME);
            assertThat(p.column("t").temporal().min()).isEqualTo("08:00:00");
            assertThat(p.column("u").semanticType()).isEqualTo(SemanticType.ID);
            assertThat(p.column("m").semanticType()).isEqualTo(SemanticType.CATEGORICAL);
            assertThat(p.column("m").text().maxLength()).isEqualTo(5);
            assertThat(p.column("li").semanticType()).isEqualTo(SemanticType.OTHER);
            assertThat(p.column("st").distinct().value()).isEqualTo(4);
            assertThat(p.column("mp").topValues()).hasSize(2);
            assertThat(p.column("iv").semanticType()).isEqualTo(SemanticType.OTHER);
            assertThat(p.column("tiny").semanticType()).isEqualTo(SemanticType.CATEGORICAL);
            assertThat(Json.write(p)).contains("\"semantic_type\":\"other\"");
            assertThat(ProfileReport.html(p, "types")).contains("ENUM(");
        }
    }

    @Test
    void shouldProfileATableWithoutRows() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE data (n DOUBLE, s VARCHAR, d DATE)");
            DatasetProfile p = service.profile(c, "data", ProfileOptions.defaults());
            assertThat(p.rowCount()).isZero();
            assertThat(p.alerts()).isEmpty();
            assertThat(p.column("n").count()).isZero();
            assertThat(p.column("n").nullPercent()).isZero();
            assertThat(p.column("n").histogram()).isNull();
            assertThat(p.column("s").distinct().value()).isZero();
            assertThat(p.column("d").semanticType()).isEqualTo(SemanticType.DATETIME);
            assertThat(ProfileReport.html(p, "empty")).contains("Nothing stands out");
        }
    }

    @Test
    void shouldProfileInsideALockedReadOnlySandboxAsOutsideIt() throws Exception {
        Path file;
        DatasetProfile open;
        try (Connection c = ProfileFixture.open(dir)) {
            open = service.profile(c, "data", ProfileOptions.defaults());
        }
        file = dir.resolve("data.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + file + "' AS f (READ_ONLY)");
            s.execute("USE f");
            s.execute("SET enable_external_access=false");
            s.execute("SET lock_configuration=true");
            DatasetProfile locked = service.profile(c, "data", ProfileOptions.defaults());
            assertThat(withoutTiming(locked)).isEqualTo(withoutTiming(open));
        }
    }

    @Test
    void shouldQuoteTableAndColumnNames() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"my \"\"table\"\"\" AS SELECT 1 AS \"select\", 'a''b' AS \"x\"\"y\" FROM range(3)");
            DatasetProfile p = service.profile(c, "my \"table\"", ProfileOptions.defaults());
            assertThat(p.column("select").count()).isEqualTo(3);
            assertThat(p.column("x\"y").topValues().get(0).value()).isEqualTo("a'b");
        }
    }

    @Test
    void shouldRefuseAMissingTableWithAStableCode() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThatThrownBy(() -> service.profile(c, "data", ProfileOptions.defaults()))
                    .hasFieldOrPropertyWithValue("code", ErrorCode.TABLE_NOT_FOUND);
        }
    }

    @Test
    void shouldRefuseOptionsOutOfRange() {
        assertThatThrownBy(() -> ProfileOptions.defaults().withTopK(0))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_REQUEST);
        assertThatThrownBy(() -> ProfileOptions.defaults().withHistogramBins(5000))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_REQUEST);
    }

    private static String withoutTiming(DatasetProfile p) {
        return Json.write(new DatasetProfile(p.table(), p.rowCount(), p.columnCount(), p.duplicateRows(),
                p.duplicateRowPercent(), p.storageBytes(), p.columns(), p.correlations(), p.alerts(), p.methods(), 0));
    }
}
