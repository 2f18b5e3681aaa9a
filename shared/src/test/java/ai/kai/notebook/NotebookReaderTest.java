package ai.kai.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Notebook YAML and JSON: what is accepted, and refusals that name the line and the field. */
class NotebookReaderTest {

    @Test
    void shouldNameTheLineAndFieldOfAnUnknownCellType() {
        assertThatThrownBy(() -> NotebookReader.yaml("""
                name: n
                cells:
                  - id: a
                    type: query
                    sql: SELECT 1
                  - id: b
                    type: querry
                """)).isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOTEBOOK_INVALID))
                .hasMessageStartingWith("line 7, cells[1].type: unknown cell type 'querry'");
    }

    @Test
    void shouldRefuseCyclicCellsNamingTheCycle() {
        assertThatThrownBy(() -> NotebookReader.yaml("""
                name: n
                cells:
                  - {id: a, type: code, sql: "SELECT * FROM c"}
                  - {id: b, type: code, sql: "SELECT * FROM a"}
                  - {id: c, type: text, text: "{{b.value}}"}
                """)).isInstanceOfSatisfying(KaiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOTEBOOK_CYCLE);
                    assertThat(e.httpStatus()).isEqualTo(400);
                }).hasMessageContaining("a → c → b → a");
    }

    @Test
    void shouldRefuseUnknownCellReferences() {
        assertThatThrownBy(() -> NotebookReader.yaml("""
                name: n
                cells:
                  - {id: a, type: query, sql: "SELECT 1"}
                  - {id: v, type: visualization, source: nope, chart: {type: bar, x: a, y: b}}
                """)).isInstanceOfSatisfying(KaiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOTEBOOK_UNKNOWN_REFERENCE))
                .hasMessageContaining("'v'").hasMessageContaining("'nope'");
        assertThatThrownBy(() -> NotebookReader.yaml("""
                name: n
                cells:
                  - {id: t, type: text, text: "{{missing.value}}"}
                """)).isInstanceOfSatisfying(KaiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOTEBOOK_UNKNOWN_REFERENCE));
    }

    @Test
    void shouldRefuseBadParametersAndAnalyticsOptionsWithTheirLine() {
        assertThatThrownBy(() -> NotebookReader.yaml("""
                name: n
                parameters:
                  - {name: d, type: date, default: "next full moon"}
                cells:
                  - {id: a, type: query, sql: "SELECT 1"}
                """)).hasMessageStartingWith("line 3, parameters[0].default:");
        assertThatThrownBy(() -> NotebookReader.yaml("""
                name: n
                cells:
                  - id: s
                    type: stats
                    options: {test_type: magic}
                """)).hasMessageStartingWith("line 5, cells[0].options:").hasMessageContaining("magic");
    }

    @Test
    void shouldExportYamlThatReadsBackTheSame() {
        TemplateCatalog templates = TemplateCatalog.load();
        assertThat(templates.list()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(t -> {
            NotebookSpec spec = templates.require(t.id());
            assertThat(NotebookReader.yaml(NotebookReader.toYaml(spec))).as(t.id()).isEqualTo(spec);
        });
    }

    @Test
    void shouldExportYamlAsAPersonWouldWriteIt() {
        String yaml = NotebookReader.toYaml(TemplateCatalog.load().require("sales_analysis"));
        assertThat(yaml).startsWith("name: Sales analysis\n").contains("  sql: |\n", "default: 2025-01-01", "chart:")
                .doesNotContain("null", "depends_on: []", "---");
    }
}
