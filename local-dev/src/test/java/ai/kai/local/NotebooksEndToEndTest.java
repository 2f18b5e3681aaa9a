package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Notebooks on the real local stack: created from a template for an uploaded sales file, run through the API (202,
 * dispatched by Lambda Invoke to the local Lambda endpoint, run by the runner function), polled until done with
 * per-cell statuses, the report model of the run, and every refusal as a 4xx with its code.
 */
class NotebooksEndToEndTest {
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;
    static String fileId;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("notebooks"));
        StringBuilder csv = new StringBuilder("order_id,order_date,region,product,category,customer_id,units,unit_price,revenue\n");
        String[] regions = {"North", "South", "East", "West"};
        for (int i = 0; i < 3000; i++) {
            int units = 1 + i % 4;
            double price = 5 + (i % 20) * 7.5;
            csv.append(i + 1).append(',').append(java.time.LocalDate.of(2024, 1, 1).plusDays(i * 731L / 3000)).append(',')
                    .append(regions[(i * 7) % 4]).append(",Product ").append(i % 20).append(",Cat ").append(i % 5)
                    .append(",C").append(i % 400).append(',').append(units).append(',').append(price).append(',')
                    .append(units * price * (1 + (i % 13) / 10.0)).append('\n');
        }
        var r = api.postJson("/api/v2/files/upload", Map.of("name", "sales.csv", "content", csv.toString()));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        fileId = r.data().path("file_id").asText();
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void shouldRunATemplateWithParametersAndShowEveryCellsProgress() throws Exception {
        assertThat(api.get("/api/v2/notebooks/templates").data()).extracting(t -> t.path("id").asText())
                .contains("sales_analysis", "customer_cohort", "data_quality", "anomaly_watch", "forecast_review");
        var created = api.postJson("/api/v2/notebooks/from-template",
                Map.of("template_id", "sales_analysis", "name", "monthly-review", "file_id", fileId));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        var started = api.postJson("/api/v2/notebooks/monthly-review/run", Map.of("parameters",
                Map.of("start_date", "2024-03-01", "region", "West")));
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        String runId = started.data().path("run_id").asText();
        JsonNode run = await("/api/v2/notebooks/monthly-review/runs/" + runId);
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("success");
        assertThat(run.path("trigger").asText()).isEqualTo("manual");
        assertThat(run.path("parameters").path("start_date").asText()).isEqualTo("2024-03-01");
        assertThat(run.path("cells")).hasSize(9).allSatisfy(c -> {
            assertThat(c.path("status").asText()).as(c.toString()).isEqualTo("success");
            assertThat(c.path("duration_ms").isNumber()).isTrue();
        });
        JsonNode report = api.get("/api/v2/notebooks/monthly-review/runs/" + runId + "/report?format=json").data();
        assertThat(report.path("title").asText()).isEqualTo("monthly-review");
        assertThat(report.path("sections")).extracting(s -> s.path("heading").asText())
                .contains("Monthly revenue", "Revenue by region", "Summary");
        assertThat(api.get("/api/v2/notebooks/monthly-review/runs").data()).extracting(r -> r.path("run_id").asText())
                .containsExactly(runId);
    }

    @Test
    void shouldLeaveAReadableRecordOfAFailingCell() throws Exception {
        var created = api.postBytes("/api/v2/notebooks/import", "application/yaml", """
                name: broken-one
                file_id: %s
                cells:
                  - {id: bad, type: query, sql: "SELECT missing_column FROM data"}
                  - {id: good, type: query, sql: "SELECT count(*) AS n FROM data"}
                """.formatted(fileId).getBytes());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String runId = api.postJson("/api/v2/notebooks/broken-one/run", "{}").data().path("run_id").asText();
        JsonNode run = await("/api/v2/notebooks/broken-one/runs/" + runId);
        assertThat(run.path("status").asText()).isEqualTo("failed");
        assertThat(run.path("cells").get(0).path("error").path("message").asText()).contains("missing_column");
        assertThat(run.path("cells").get(1).path("status").asText()).isEqualTo("success");
    }

    @Test
    void shouldRefuseBadNotebooksAndParametersWithA4xx() {
        var cyclic = api.postJson("/api/v2/notebooks", Map.of("name", "cyclic", "cells", List.of(
                Map.of("id", "a", "type", "code", "sql", "SELECT * FROM b"),
                Map.of("id", "b", "type", "code", "sql", "SELECT * FROM a"))));
        assertThat(cyclic.status()).isEqualTo(400);
        assertThat(cyclic.errorCode()).isEqualTo("NOTEBOOK_CYCLE");
        var unknown = api.postJson("/api/v2/notebooks", Map.of("name", "unknown-ref", "cells", List.of(
                Map.of("id", "t", "type", "text", "text", "{{nowhere.value}}"))));
        assertThat(unknown.errorCode()).isEqualTo("NOTEBOOK_UNKNOWN_REFERENCE");
        var template = api.postJson("/api/v2/notebooks/from-template", Map.of("template_id", "no_such_template"));
        assertThat(template.status()).isEqualTo(404);
        assertThat(template.errorCode()).isEqualTo("NOTEBOOK_TEMPLATE_NOT_FOUND");
        var typed = api.postJson("/api/v2/notebooks", Map.of("name", "typed", "file_id", fileId,
                "parameters", List.of(Map.of("name", "since", "type", "date"), Map.of("name", "top", "type", "number", "default", "3")),
                "cells", List.of(Map.of("id", "a", "type", "query", "sql", "SELECT :since AS s LIMIT :top"))));
        assertThat(typed.status()).as(typed.raw()).isEqualTo(201);
        var missing = api.postJson("/api/v2/notebooks/typed/run", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("PARAMETER_MISSING");
        var wrong = api.postJson("/api/v2/notebooks/typed/run", Map.of("parameters", Map.of("since", "2025-01-01", "top", "ten")));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorCode()).isEqualTo("PARAMETER_INVALID");
        assertThat(api.get("/api/v2/notebooks/typed/runs").data()).isEmpty();
        assertThat(api.get("/api/v2/notebooks/nope").status()).isEqualTo(404);
    }

    private static JsonNode await(String path) throws InterruptedException {
        long end = System.currentTimeMillis() + 120_000;
        JsonNode run = null;
        while (System.currentTimeMillis() < end) {
            run = api.get(path).data();
            String status = run.path("status").asText();
            if (status.equals("success") || status.equals("failed") || status.equals("skipped")) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the run did not finish: " + run);
    }
}
