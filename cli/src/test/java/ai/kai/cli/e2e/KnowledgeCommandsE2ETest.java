package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.Kai;
import ai.kai.cli.demo.SampleSales;

/** {@code kai memory|skill|mdl} against a real local stack, with the demo's sample sales data. */
class KnowledgeCommandsE2ETest {
    @TempDir
    static Path dir;
    static LocalStackFixture local;
    static Path sales;

    @BeforeAll
    static void start() throws IOException {
        local = new LocalStackFixture(dir.resolve("stack"), "knowledge");
        sales = dir.resolve("sales.csv");
        SampleSales.write(sales, 3_000);
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void shouldAddSearchListAndDeleteMemories() {
        Kai.Run added = local.kai("memory", "add", "Returns", "are", "recorded", "as", "negative", "units");
        assertThat(added.exitCode()).as(added.transcript()).isZero();
        assertThat(added.out()).startsWith("saved m_");
        String id = added.out().substring("saved ".length(), added.out().indexOf(':'));
        assertThat(local.kai("memory", "add", "returns are recorded as negative units.").out()).startsWith("already known as " + id);

        Kai.Run found = local.kai("memory", "search", "how", "are", "refunds", "stored");
        assertThat(found.exitCode()).as(found.transcript()).isZero();
        assertThat(found.out()).contains(id).contains("negative units");
        assertThat(local.kai("memory", "list").out()).contains(id);
        assertThat(local.kai("memory", "delete", id).exitCode()).isZero();
        assertThat(local.kai("memory", "delete", id).exitCode()).isEqualTo(ExitCodes.forHttpStatus(404));
    }

    @Test
    void shouldCreateSearchShowAndDeleteASkillFromAFile() throws IOException {
        Path file = dir.resolve("basket.md");
        Files.writeString(file, "---\nname: basket-size\ndescription: Average items and spend per order, by region.\n"
                + "tags: [basket, order size]\n---\n# Basket size\nAverage units per order_id.\n");
        Kai.Run created = local.kai("skill", "create", file.toString());
        assertThat(created.exitCode()).as(created.transcript()).isZero();
        assertThat(local.kai("skill", "search", "how", "many", "items", "do", "people", "buy", "per", "order").out())
                .contains("basket-size");
        assertThat(local.kai("skill", "list").out()).contains("cohort-analysis").contains("basket-size");
        assertThat(local.kai("skill", "show", "basket-size").out()).startsWith("---\nname: basket-size").contains("# Basket size");
        assertThat(local.kai("skill", "delete", "basket-size").exitCode()).isZero();
        Files.writeString(file, "no front matter");
        Kai.Run bad = local.kai("skill", "create", file.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(bad.err()).contains("INVALID_SKILL");
    }

    @Test
    void shouldGenerateValidateImportAndExportTheDemoDataSemanticLayer() throws IOException {
        Path mdl = dir.resolve("sales.mdl.yaml");
        Kai.Run generated = local.kai("mdl", "generate", "--file", sales.toString(), "--output", mdl.toString());
        assertThat(generated.exitCode()).as(generated.transcript()).isZero();
        String yaml = Files.readString(mdl);
        assertThat(yaml).contains("time_dimension: order_date").contains("SUM(revenue)").contains("name: region");

        Kai.Run valid = local.kai("mdl", "validate", mdl.toString());
        assertThat(valid.exitCode()).as(valid.transcript()).isZero();
        assertThat(valid.out()).startsWith("valid: 1 models");

        assertThat(local.kai("mdl", "import", mdl.toString()).exitCode()).isZero();
        String source = yaml.lines().filter(l -> l.startsWith("source:")).findFirst().orElseThrow().substring(8).strip();
        Path exported = dir.resolve("exported.yaml");
        assertThat(local.kai("mdl", "export", source, "--output", exported.toString()).exitCode()).isZero();
        assertThat(Files.readString(exported)).isEqualTo(yaml);
        assertThat(local.kai("mdl", "validate", "--source", source).exitCode()).isZero();

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, yaml.replace("SUM(units)", "SUM(unit)"));
        Kai.Run invalid = local.kai("mdl", "validate", broken.toString());
        assertThat(invalid.exitCode()).as(invalid.transcript()).isEqualTo(ExitCodes.FAILURE);
        assertThat(invalid.out()).contains("metrics[").contains("unit");
    }
}
