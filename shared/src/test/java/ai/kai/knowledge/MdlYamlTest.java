package ai.kai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.knowledge.mdl.MdlYaml;
import ai.kai.knowledge.mdl.ParsedMdl;
import ai.kai.knowledge.mdl.SemanticLayer;

class MdlYamlTest {
    static final String SALES = """
            version: 1
            source: f_sales
            models:
              - name: sales
                table: data
                description: One row per order line
                time_dimension: order_date
                columns:
                  - {name: order_date, type: DATE, role: time}
                  - name: region
                    role: dimension
                    description: Sales region
                  - revenue
                dimensions: [region]
                metrics:
                  total_revenue: SUM(revenue)
                  avg_order:
                    expression: AVG(revenue)
                    description: Average order line
            relationships:
              - from: sales.region
                to: regions.name
                type: many_to_one
            """;

    @Test
    void shouldReadBothMetricFormsAndKnowEveryLine() {
        ParsedMdl parsed = MdlYaml.parse(SALES);
        SemanticLayer.Model sales = parsed.layer().models().get(0);

        assertThat(sales.metrics()).extracting(SemanticLayer.Metric::name, SemanticLayer.Metric::expression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("total_revenue", "SUM(revenue)"),
                        org.assertj.core.groups.Tuple.tuple("avg_order", "AVG(revenue)"));
        assertThat(sales.columns()).extracting(SemanticLayer.Column::name).containsExactly("order_date", "region", "revenue");
        assertThat(parsed.line("models[0].metrics[1].expression")).isEqualTo(18);
        assertThat(parsed.line("relationships[0].to")).isEqualTo(22);
    }

    @Test
    void shouldWriteYamlThatReadsBackToTheSameLayer() {
        SemanticLayer layer = MdlYaml.parse(SALES).layer();
        SemanticLayer again = MdlYaml.parse(MdlYaml.write(layer)).layer();
        assertThat(again.models().get(0).columns()).isEqualTo(layer.models().get(0).columns());
        assertThat(again.models().get(0).metrics()).isEqualTo(layer.models().get(0).metrics());
        assertThat(again.models().get(0).dimensions()).isEqualTo(layer.models().get(0).dimensions());
        assertThat(again.models().get(0)).isEqualTo(layer.models().get(0));
        assertThat(again.relationships()).isEqualTo(layer.relationships());
        assertThat(again).isEqualTo(layer);
    }

    @Test
    void shouldNameLineAndFieldOfEveryStructuralMistake() {
        String broken = """
                source: f_sales
                models:
                  - name: sales
                    colums: []
                    metrics:
                      - name: total
                      - name: total
                        expression: SUM(x)
                """;
        assertThatThrownBy(() -> MdlYaml.parse(broken)).isInstanceOf(KaiException.class)
                .satisfies(e -> assertThat(((KaiException) e).code()).isEqualTo(ErrorCode.INVALID_MDL))
                .hasMessageContaining("line 4, models[0].colums: unknown field 'colums'")
                .hasMessageContaining("line 6, models[0].metrics[0].expression: metric 'total' needs an SQL 'expression'")
                .hasMessageContaining("line 7, models[0].metrics[1].name: 'total' is defined twice");
    }

    @Test
    void shouldNameTheLineOfInvalidYaml() {
        assertThatThrownBy(() -> MdlYaml.parse("source: x\nmodels:\n  - name: [a\n  - b: c\n"))
                .hasMessageStartingWith("line ").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> MdlYaml.parse("- just\n- a list\n")).hasMessageContaining("YAML mapping");
        assertThatThrownBy(() -> MdlYaml.parse("source: x\n")).hasMessageContaining("field 'models' is missing");
    }
}
