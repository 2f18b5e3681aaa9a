package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.Kai;
import ai.kai.cli.demo.SampleSales;

/**
 * {@code kai notebook templates|create|list|show|run|runs|export|import|schedule|unschedule|delete} against a real
 * local stack, over the demo's sales sample uploaded by {@code create --file}.
 */
class NotebookCommandsE2ETest {
    @TempDir
    static Path dir;
    static LocalStackFixture local;
    static Path sales;

    @BeforeAll
    static void start() throws Exception {
        local = new LocalStackFixture(dir.resolve("stack"), "notebook-cli");
        sales = dir.resolve("sales.csv");
        SampleSales.write(sales, 5_000);
        Kai.Run create = local.kai("notebook", "create", "monthly-review", "--from-template", "sales_analysis", "--file", sales.toString());
        assertThat(create.exitCode()).as(create.transcript()).isZero();
        assertThat(create.out()).contains("created monthly-review", "from sales_analysis");
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void shouldListTemplatesAndShowTheNotebook() {
        Kai.Run templates = local.kai("notebook", "templates");
        assertThat(templates.exitCode()).as(templates.transcript()).isZero();
        assertThat(templates.out()).contains("sales_analysis", "customer_cohort", "data_quality", "anomaly_watch", "forecast_review");

        Kai.Run list = local.kai("notebook", "list");
        assertThat(list.exitCode()).as(list.transcript()).isZero();
        assertThat(list.out()).contains("monthly-review", "sales_analysis");

        Kai.Run show = local.kai("notebook", "show", "monthly-review");
        assertThat(show.exitCode()).as(show.transcript()).isZero();
        assertThat(show.out()).contains("start_date (date) default 2025-01-01", "monthly_chart", "schedule: none");
    }

    @Test
    void shouldRunWithLiveProgressPerCellAndExportTheReports() throws Exception {
        Kai.Run run = local.kai("notebook", "run", "monthly-review", "--param", "start_date=2024-03-01", "--param", "region=West");
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("  ✓ "))).as(run.transcript()).hasSize(9);
        assertThat(run.out()).contains("✓ monthly  Revenue by month  success", "9/9 cells succeeded");
        String runId = runIdIn(run.out());

        Kai.Run runs = local.kai("notebook", "runs", "monthly-review");
        assertThat(runs.exitCode()).as(runs.transcript()).isZero();
        assertThat(runs.out()).contains(runId, "manual", "success", "9/9");

        Path reports = dir.resolve("reports");
        Kai.Run html = local.kai("notebook", "export", "monthly-review", "--format", "html", "--output", reports.toString());
        assertThat(html.exitCode()).as(html.transcript()).isZero();
        Path htmlFile = Path.of(html.out().strip());
        assertThat(htmlFile).hasFileName("monthly-review-" + runId + ".html");
        assertThat(Files.readString(htmlFile)).contains("<html", "Revenue by month", "Revenue by region", "West");

        Kai.Run pdf = local.kai("notebook", "export", "monthly-review", "--run", runId, "--format", "pdf", "--output", reports.toString());
        assertThat(pdf.exitCode()).as(pdf.transcript()).isZero();
        try (PDDocument document = Loader.loadPDF(Path.of(pdf.out().strip()).toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("monthly-review", "Revenue by month", "Totals for the period");
        }
    }

    @Test
    void shouldExportTheNotebookAsYamlAndImportIt() throws Exception {
        Path out = dir.resolve("yaml");
        Kai.Run export = local.kai("notebook", "export", "monthly-review", "--format", "yaml", "--output", out.toString());
        assertThat(export.exitCode()).as(export.transcript()).isZero();
        String yaml = Files.readString(out.resolve("monthly-review.yaml"));
        assertThat(yaml).containsPattern("name: \"?monthly-review").containsPattern("id: \"?monthly_chart");

        Path copy = dir.resolve("copy.yaml");
        Files.writeString(copy, yaml.replaceFirst("monthly-review", "review-copy"));
        Kai.Run imported = local.kai("notebook", "import", copy.toString());
        assertThat(imported.exitCode()).as(imported.transcript()).isZero();
        assertThat(imported.out()).startsWith("imported review-copy");

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "name: broken\ncells:\n  - {id: a, type: code, sql: \"SELECT * FROM b\"}\n  - {id: b, type: code, sql: \"SELECT * FROM a\"}\n");
        Kai.Run cyclic = local.kai("notebook", "import", broken.toString());
        assertThat(cyclic.exitCode()).as(cyclic.transcript()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(cyclic.err()).contains("NOTEBOOK_CYCLE");
    }

    @Test
    void shouldExitOneAndShowTheFailingCellWhenACellFails() throws Exception {
        String fileId = fileId();
        Path yaml = dir.resolve("failing.yaml");
        Files.writeString(yaml, """
                name: failing
                file_id: %s
                cells:
                  - {id: bad, type: query, title: Broken, sql: "SELECT missing_column FROM data"}
                  - {id: after, type: code, sql: "SELECT * FROM bad"}
                  - {id: good, type: query, sql: "SELECT count(*) AS n FROM data"}
                """.formatted(fileId));
        assertThat(local.kai("notebook", "import", yaml.toString()).exitCode()).isZero();

        Kai.Run run = local.kai("notebook", "run", "failing");

        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).contains("✗ bad  Broken  failed", "missing_column", "– after", "skipped", "✓ good", "1/3 cells succeeded");
    }

    @Test
    void shouldScheduleShowAndUnscheduleAndRefuseABadCron() {
        Kai.Run schedule = local.kai("notebook", "schedule", "monthly-review", "--cron", "0 8 1 * *", "--timezone", "Europe/Berlin",
                "--param", "region=North");
        assertThat(schedule.exitCode()).as(schedule.transcript()).isZero();
        assertThat(schedule.out()).contains("scheduled monthly-review: 0 8 1 * * in Europe/Berlin", "cron(0 8 1 * ? *)", "next runs");
        assertThat(local.kai("notebook", "show", "monthly-review").out()).contains("schedule: 0 8 1 * * (Europe/Berlin)");

        Kai.Run bad = local.kai("notebook", "schedule", "monthly-review", "--cron", "0 25 * * *");
        assertThat(bad.exitCode()).as(bad.transcript()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(bad.err()).contains("INVALID_SCHEDULE");

        Kai.Run unschedule = local.kai("notebook", "unschedule", "monthly-review");
        assertThat(unschedule.exitCode()).as(unschedule.transcript()).isZero();
        assertThat(local.kai("notebook", "show", "monthly-review").out()).contains("schedule: none");
        assertThat(local.kai("notebook", "unschedule", "monthly-review").exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
    }

    @Test
    void shouldRefuseBadArgumentsAndUnknownNotebooks() {
        assertThat(local.kai("notebook", "run", "monthly-review", "--param", "no-equals-sign").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(local.kai("notebook", "export", "monthly-review", "--format", "docx").exitCode()).isEqualTo(ExitCodes.USAGE);
        Kai.Run wrongType = local.kai("notebook", "run", "monthly-review", "--param", "start_date=yesterdayish");
        assertThat(wrongType.exitCode()).as(wrongType.transcript()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(wrongType.err()).contains("PARAMETER_INVALID");
        Kai.Run unknown = local.kai("notebook", "run", "no-such-notebook");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(unknown.err()).contains("NOTEBOOK_NOT_FOUND");
    }

    @Test
    void shouldImportAndRunTheReadmesExampleNotebook() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("```yaml\nname: monthly-review") + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start)).replace("monthly-review", "readme-example")
                .replaceAll("file_id: \\S+", "file_id: " + fileId());
        Path file = dir.resolve("readme.yaml");
        Files.writeString(file, yaml);
        Kai.Run imported = local.kai("notebook", "import", file.toString());
        assertThat(imported.exitCode()).as(imported.transcript()).isZero();
        Kai.Run run = local.kai("notebook", "run", "readme-example", "--param", "start_date=2024-06-01");
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).contains("3/3 cells succeeded");
    }

    @Test
    void shouldDeleteANotebook() {
        Kai.Run create = local.kai("notebook", "create", "short-lived", "--from-template", "data_quality", "--file", sales.toString());
        assertThat(create.exitCode()).as(create.transcript()).isZero();
        assertThat(local.kai("notebook", "delete", "short-lived").exitCode()).isZero();
        assertThat(local.kai("notebook", "show", "short-lived").exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
    }

    private static String fileId() {
        return local.kai("notebook", "show", "monthly-review").out().lines()
                .filter(l -> l.startsWith("file: ")).findFirst().orElseThrow().split("\\s+")[1];
    }

    private static String runIdIn(String out) {
        Matcher m = Pattern.compile("run (\\S+) success").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }
}
