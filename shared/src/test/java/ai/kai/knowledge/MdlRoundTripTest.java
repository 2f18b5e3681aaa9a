package ai.kai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.ColumnSchema;
import ai.kai.files.FileProfiler;
import ai.kai.knowledge.mdl.FileMdlData;
import ai.kai.knowledge.mdl.MdlGenerator;
import ai.kai.knowledge.mdl.MdlProblem;
import ai.kai.knowledge.mdl.MdlService;
import ai.kai.knowledge.mdl.MdlValidation;
import ai.kai.knowledge.mdl.MdlValidator;
import ai.kai.knowledge.mdl.MdlYaml;
import ai.kai.knowledge.mdl.SemanticLayer;
import ai.kai.query.QueryEngine;
import ai.kai.tenancy.TenantId;

/** Generate from a real DuckDB dataset, validate through the query sandbox, store, and look metrics up by meaning. */
class MdlRoundTripTest {
    @TempDir
    static Path dir;
    static Path database;
    static FileMdlData data;

    @BeforeAll
    static void dataset() throws Exception {
        database = dir.resolve("data.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE data AS SELECT 'o' || range AS order_id, DATE '2025-01-01' + CAST(range % 365 AS INTEGER) "
                    + "AS order_date, ['North','South','East','West'][1 + range % 4] AS region, (range % 9) + 1 AS units, "
                    + "((range % 5) + 1) * 9.99 AS unit_price, ((range % 9) + 1) * ((range % 5) + 1) * 9.99 AS revenue "
                    + "FROM range(5000)");
        }
        List<ColumnSchema> columns = List.of(new ColumnSchema("order_id", "VARCHAR"), new ColumnSchema("order_date", "DATE"),
                new ColumnSchema("region", "VARCHAR"), new ColumnSchema("units", "BIGINT"),
                new ColumnSchema("unit_price", "DOUBLE"), new ColumnSchema("revenue", "DOUBLE"));
        data = new FileMdlData(new QueryEngine("256MB", 1, 10, 1 << 20, dir.resolve("tmp")), database, columns);
    }

    @Test
    void shouldDraftALayerThatValidatesAgainstItsOwnData() {
        SemanticLayer draft = MdlGenerator.fromProfile("f_demo", "sales", new FileProfiler(null).profile(database));
        SemanticLayer.Model model = draft.models().get(0);

        assertThat(model.timeDimension()).isEqualTo("order_date");
        assertThat(model.dimensions()).extracting(SemanticLayer.Dimension::name).contains("region");
        assertThat(model.metrics()).extracting(SemanticLayer.Metric::name)
                .contains("row_count", "total_revenue", "avg_unit_price", "distinct_order_id")
                .doesNotContain("total_unit_price");
        assertThat(model.columns()).filteredOn(c -> c.name().equals("region")).first()
                .satisfies(c -> assertThat(c.description()).contains("4 values").contains("North"));

        MdlValidation validation = MdlValidator.validate(MdlYaml.parse(MdlYaml.write(draft)), data);
        assertThat(validation.problems()).isEmpty();
        assertThat(validation.valid()).isTrue();
        assertThat(validation.metricsChecked()).isEqualTo(model.metrics().size());
    }

    @Test
    void shouldReportEveryProblemWithItsPathAndLine() {
        String yaml = """
                source: f_demo
                models:
                  - name: sales
                    table: data
                    time_dimension: shipped_at
                    columns: [region, profit]
                    metrics:
                      total_revenue: SUM(revenue)
                      broken: SUM(revenu)
                      per_row: revenue * 2
                      sneaky: (SELECT 1); DROP TABLE data
                relationships:
                  - from: sales.region
                    to: regions.name
                  - from: sales.missing_key
                    to: sales.region
                """;
        MdlValidation validation = MdlValidator.validate(MdlYaml.parse(yaml), data);

        assertThat(validation.valid()).isFalse();
        assertThat(validation.problems()).extracting(MdlProblem::path, MdlProblem::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("models[0].columns[1].name", 6),
                org.assertj.core.groups.Tuple.tuple("models[0].time_dimension", 5),
                org.assertj.core.groups.Tuple.tuple("models[0].metrics[1].expression", 9),
                org.assertj.core.groups.Tuple.tuple("models[0].metrics[2].expression", 10),
                org.assertj.core.groups.Tuple.tuple("models[0].metrics[3].expression", 11),
                org.assertj.core.groups.Tuple.tuple("relationships[0].to", 14),
                org.assertj.core.groups.Tuple.tuple("relationships[1].from", 15));
        assertThat(validation.problems()).filteredOn(p -> p.line() == 9).first()
                .satisfies(p -> assertThat(p.message()).contains("revenu"));
        assertThat(validation.problems()).filteredOn(p -> p.line() == 10).first()
                .satisfies(p -> assertThat(p.message()).contains("one value per row"));
    }

    @Test
    void shouldStoreALayerAndPreferItsMetricsForAQuestion() {
        TenantId t = KnowledgeFixture.newTenant();
        MdlService mdl = KnowledgeFixture.mdl();
        SemanticLayer draft = MdlGenerator.fromProfile("f_demo", "sales", new FileProfiler(null).profile(database));
        mdl.put(t, "f_demo", MdlYaml.write(draft));

        var hits = mdl.search(t, "f_demo", "what is our total revenue by month", 3);
        assertThat(hits.get(0).item().title()).isEqualTo("total_revenue");
        assertThat(hits.get(0).item().text()).contains("SUM(revenue)");
        assertThat(mdl.search(KnowledgeFixture.newTenant(), null, "total revenue", 3)).isEmpty();
        assertThat(mdl.get(t, "f_demo").layer()).isEqualTo(MdlYaml.parse(MdlYaml.write(draft)).layer());
        assertThatThrownBy(() -> mdl.put(t, "other_source", MdlYaml.write(draft)))
                .hasMessageContaining("source: the layer is for 'f_demo'")
                .extracting(e -> ((KaiException) e).code()).isEqualTo(ErrorCode.INVALID_MDL);
    }
}
