package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.demo.SampleSales;
import ai.kai.cli.file.FileTarget;
import ai.kai.cli.output.Terminal;
import ai.kai.local.LocalStack;
import ai.kai.local.LocalStackOptions;
import ai.kai.local.ManualClock;

/**
 * Notebooks over the demo's sales sample on a local stack whose clock the test moves: a template run with parameters
 * whose HTML and PDF reports carry every cell's heading, and a schedule that the local scheduler fires at its time,
 * listed as a {@code schedule} run, until it is unscheduled.
 */
class NotebookSchedulesE2ETest {
    /** A day before the first of the month at 08:00 in Berlin (summer time: 06:00 UTC); the machine's clock is elsewhere. */
    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2027-03-31T05:58:00Z"));
    @TempDir
    static Path dir;
    static LocalStack stack;
    static ApiClient api;
    static String fileId;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dir.resolve("stack"), false).withClock(CLOCK));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("scheduled"));
        Path sales = dir.resolve("sales.csv");
        SampleSales.write(sales, SampleSales.DEFAULT_ROWS);
        fileId = FileTarget.fileId(api, Terminal.plain(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
                sales.toString());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void shouldFireTheScheduleOnTheLocalSchedulerAndListTheRunAsScheduled() throws Exception {
        create("monthly-north", "sales_analysis");
        ApiResponse scheduled = api.post("/notebooks/monthly-north/schedule", Map.of("cron", "0 8 1 * *",
                "timezone", "Europe/Berlin", "parameters", Map.of("region", "North", "start_date", "2025-07-01", "end_date", "today")));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        assertThat(scheduled.data().path("next_runs").get(0).asText()).isEqualTo("2027-04-01T06:00:00Z");
        assertThat(api.get("/notebooks/monthly-north/schedule").data().path("event_bridge_expression").asText())
                .isEqualTo("cron(0 8 1 * ? *)");

        fireAt("2027-04-01T05:59:00Z");
        assertThat(runs("monthly-north")).isEmpty();
        fireAt("2027-04-01T06:00:20Z");

        JsonNode runs = runs("monthly-north");
        assertThat(runs).hasSize(1);
        JsonNode run = runs.get(0);
        assertThat(run.path("trigger").asText()).isEqualTo("schedule");
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("success");
        assertThat(run.path("scheduled_time").asText()).isEqualTo("2027-04-01T06:00:00Z");
        assertThat(run.path("parameters").path("region").asText()).isEqualTo("North");
        assertThat(run.path("parameters").path("end_date").asText()).as("'today' in Berlin on the fire day").isEqualTo("2027-04-01");
        assertThat(run.path("cells")).allSatisfy(c -> assertThat(c.path("status").asText()).as(c.toString()).isEqualTo("success"));

        ApiResponse unscheduled = api.delete("/notebooks/monthly-north/schedule");
        assertThat(unscheduled.status()).as(unscheduled.body()).isEqualTo(200);
        int fired = stack.scheduler().firedCount();
        fireAt("2027-05-01T06:00:10Z");
        assertThat(stack.scheduler().firedCount()).isEqualTo(fired);
        assertThat(runs("monthly-north")).hasSize(1);
        assertThat(api.get("/notebooks/monthly-north/schedule").status()).isEqualTo(404);
    }

    @Test
    void shouldRefuseAnInvalidCronOrTimeZoneWithA4xx() {
        create("refusals", "data_quality");
        ApiResponse cron = api.post("/notebooks/refusals/schedule", Map.of("cron", "0 8 32 * *"));
        assertThat(cron.status()).isEqualTo(400);
        assertThat(cron.errorCode()).isEqualTo("INVALID_SCHEDULE");
        ApiResponse zone = api.post("/notebooks/refusals/schedule", Map.of("cron", "0 8 1 * *", "timezone", "Mars/Olympus"));
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.errorCode()).isEqualTo("INVALID_TIME_ZONE");
        assertThat(api.get("/notebooks/refusals/schedule").status()).isEqualTo(404);
    }

    @Test
    void shouldExportHtmlAndPdfReportsWithTheTitleAndEveryCellsHeading() throws Exception {
        create("q1-review", "sales_analysis");
        ApiResponse started = api.post("/notebooks/q1-review/run", Map.of("parameters",
                Map.of("start_date", "2025-01-01", "end_date", "2025-03-31", "region", "East")));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode run = await("q1-review", started.data().path("run_id").asText());
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("success");
        List<String> headings = new ArrayList<>();
        run.path("cells").forEach(c -> headings.add(c.path("title").asText()));
        assertThat(headings).hasSize(9).doesNotContain("");
        String route = "/notebooks/q1-review/runs/" + run.path("run_id").asText() + "/report?format=";

        Path html = download(route + "html", "report.html");
        String page = Files.readString(html);
        assertThat(page).contains("q1-review", "East");
        headings.forEach(h -> assertThat(page).contains(h.replace("?", "")));

        Path pdf = download(route + "pdf", "report.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("q1-review");
            assertThat(headings).allSatisfy(h -> assertThat(text).contains(h));
        }
    }

    private static void create(String name, String template) {
        ApiResponse created = api.post("/notebooks/from-template", Map.of("template_id", template, "name", name, "file_id", fileId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static void fireAt(String instant) throws InterruptedException {
        CLOCK.set(Instant.parse(instant));
        stack.scheduler().tick();
        assertThat(stack.scheduler().awaitIdle(180_000)).isTrue();
    }

    private static JsonNode runs(String notebook) {
        return api.get("/notebooks/" + notebook + "/runs").data();
    }

    private static Path download(String route, String name) {
        JsonNode link = api.get(route).data();
        Path target = dir.resolve(name);
        api.download(URI.create(link.path("url").asText()), target);
        return target;
    }

    private static JsonNode await(String notebook, String runId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode run = api.get("/notebooks/" + notebook + "/runs/" + runId).data();
            if (List.of("success", "failed", "skipped").contains(run.path("status").asText())) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + runId + " did not finish");
    }
}
