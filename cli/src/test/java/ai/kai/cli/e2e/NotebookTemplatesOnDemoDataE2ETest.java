package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.cli.Kai;
import ai.kai.cli.demo.SampleSales;

/**
 * Every template in notebook-templates/ runs green, with its default parameters, on exactly the data {@code kai demo}
 * generates (20,000 orders with its missing regions, missing customers and returns), not on a look-alike.
 */
class NotebookTemplatesOnDemoDataE2ETest {
    @TempDir
    static Path dir;
    static LocalStackFixture local;
    static String fileId;

    @BeforeAll
    static void start() throws Exception {
        local = new LocalStackFixture(dir.resolve("stack"), "templates");
        Path sales = dir.resolve("sales.csv");
        SampleSales.write(sales, SampleSales.DEFAULT_ROWS);
        fileId = local.upload(sales);
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void shouldRunEveryTemplateWithAllCellsSuccessfulOnTheDemoSample() {
        Kai.Run list = local.kai("notebook", "templates", "--json");
        assertThat(list.exitCode()).as(list.transcript()).isZero();
        List<String> templates = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":\"([a-z_]+)\"").matcher(list.out());
        while (m.find()) {
            templates.add(m.group(1));
        }
        assertThat(templates).contains("sales_analysis", "customer_cohort", "data_quality", "anomaly_watch", "forecast_review");

        for (String template : templates) {
            Kai.Run create = local.kai("notebook", "create", "demo-" + template, "--from-template", template, "--file", fileId);
            assertThat(create.exitCode()).as(create.transcript()).isZero();
            Kai.Run run = local.kai("notebook", "run", "demo-" + template);
            assertThat(run.exitCode()).as(template + "\n" + run.transcript()).isZero();
            assertThat(run.out()).as(run.transcript()).doesNotContain("✗", "– ").contains("run ", " success: ");
        }
    }
}
