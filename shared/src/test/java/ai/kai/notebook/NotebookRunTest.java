package ai.kai.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.report.Report;
import ai.kai.report.ReportBlock;
import ai.kai.schedule.ScheduledRunEvent;

/** Runs of notebooks over an ingested sales file with DuckDB, DynamoDB Local and object storage on disk. */
class NotebookRunTest {
    @TempDir
    static Path dir;
    static NotebookFixture fx;
    static String fileId;

    @BeforeAll
    static void setUp() {
        fx = new NotebookFixture(dir);
        fileId = fx.salesFile(20_000);
    }

    @Test
    void shouldRunEveryTemplateWithAllCellsSucceedingOnTheSalesSample() {
        for (TemplateCatalog.TemplateInfo t : fx.service.templates()) {
            Notebook nb = fx.service.fromTemplate(fx.tenant, t.id(), "tpl " + t.id(), fileId);
            fx.service.startRun(fx.tenant, nb.id(), Map.of());
            NotebookRun run = fx.runDispatched();
            assertThat(run.cells()).as(t.id() + ": " + run.cells()).allSatisfy(c ->
                    assertThat(c.status()).as(c.cellId() + " " + c.error()).isEqualTo(CellStatus.SUCCESS));
            assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        }
    }

    @Test
    void shouldBindASelectValueAsDataSoQuotesInItChangeNothing() {
        String injection = "x' OR '1'='1";
        Notebook nb = fx.service.create(fx.tenant, NotebookReader.yaml("""
                name: injection probe
                file_id: %s
                parameters:
                  - {name: region, type: select, options: [North, "%s"], default: North}
                cells:
                  - id: counted
                    type: query
                    sql: "SELECT count(*) AS n FROM data WHERE region = :region -- :region in a comment stays"
                  - id: literal
                    type: query
                    sql: "SELECT ':region' AS text, 1::INTEGER AS one"
                """.formatted(fileId, injection)), null);
        fx.service.startRun(fx.tenant, nb.id(), Map.of("region", injection));
        NotebookRun injected = fx.runDispatched();
        assertThat(rows(injected, "counted").rows().get(0).get(0)).isEqualTo(0L);
        assertThat(rows(injected, "literal").rows().get(0)).containsExactly(":region", 1);
        fx.service.startRun(fx.tenant, nb.id(), Map.of("region", "North"));
        assertThat(((Number) rows(fx.runDispatched(), "counted").rows().get(0).get(0)).longValue()).isGreaterThan(4000);
    }

    @Test
    void shouldSkipTheDependantsOfAFailedCellAndStillRunIndependentOnes() {
        Notebook nb = fx.service.create(fx.tenant, NotebookReader.yaml("""
                name: partly broken
                file_id: %s
                cells:
                  - {id: broken, type: query, sql: "SELECT no_such_column FROM data"}
                  - {id: chart, type: visualization, source: broken, chart: {type: bar, x: a, y: b}}
                  - {id: fine, type: query, sql: "SELECT count(*) AS n FROM data"}
                  - {id: words, type: text, text: "{{fine.n}} rows; {{broken.value}}"}
                """.formatted(fileId)), null);
        NotebookRun queued = fx.service.startRun(fx.tenant, nb.id(), Map.of());
        fx.runDispatched();
        NotebookRun run = fx.service.run(fx.tenant, nb.name(), queued.runId());
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.cell("broken").orElseThrow().status()).isEqualTo(CellStatus.FAILED);
        assertThat(run.cell("broken").orElseThrow().error().code()).startsWith("SQL");
        assertThat(run.cell("broken").orElseThrow().error().message()).contains("no_such_column");
        assertThat(run.cell("chart").orElseThrow().status()).isEqualTo(CellStatus.SKIPPED);
        assertThat(run.cell("chart").orElseThrow().skipReason()).contains("broken");
        assertThat(run.cell("fine").orElseThrow().status()).isEqualTo(CellStatus.SUCCESS);
        assertThat(run.cell("words").orElseThrow().status()).isEqualTo(CellStatus.SKIPPED);
        assertThat(run.error().message()).contains("1 of 4 cells failed (broken)");
        Report report = fx.service.report(fx.tenant, nb.id(), run.runId());
        assertThat(report.sections().get(0).blocks()).singleElement().isInstanceOf(ReportBlock.Error.class);
        assertThat(report.sections().get(2).status()).isEqualTo("success");
    }

    @Test
    void shouldShowANoteInsteadOfFailingWhenAChartsSourceHasNoRowsForThePeriod() {
        Notebook nb = fx.service.create(fx.tenant, NotebookReader.yaml("""
                name: empty period
                file_id: %s
                parameters:
                  - {name: start_date, type: date, default: "2030-01-01"}
                cells:
                  - {id: monthly, type: query, sql: "SELECT region, sum(revenue) AS revenue FROM data WHERE order_date >= :start_date GROUP BY ALL"}
                  - {id: chart, type: visualization, source: monthly, chart: {type: bar, x: region, y: revenue}}
                """.formatted(fileId)), null);
        fx.service.startRun(fx.tenant, nb.id(), Map.of());
        NotebookRun run = fx.runDispatched();
        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run.cell("chart").orElseThrow().status()).isEqualTo(CellStatus.SUCCESS);
        Report report = fx.service.report(fx.tenant, nb.id(), run.runId());
        assertThat(report.sections().get(1).blocks()).singleElement().isInstanceOfSatisfying(ReportBlock.Markdown.class,
                m -> assertThat(m.text()).contains("no rows"));
    }

    @Test
    void shouldContinueInANewInvocationWithoutRunningFinishedCellsAgain() {
        Notebook nb = fx.service.create(fx.tenant, NotebookReader.yaml("""
                name: long run
                file_id: %s
                cells:
                  - {id: a, type: query, sql: "SELECT count(*) AS n FROM data"}
                  - {id: b, type: code, sql: "SELECT n * 2 AS doubled FROM a"}
                  - {id: c, type: text, text: "{{b.doubled}}"}
                """.formatted(fileId)), null);
        NotebookRun queued = fx.service.startRun(fx.tenant, nb.id(), Map.of());
        AtomicInteger checks = new AtomicInteger();
        NotebookRun first = fx.runner.execute(fx.dispatched.remove(0), () -> checks.incrementAndGet() == 1 ? 600_000 : 1_000);
        assertThat(first.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(first.cell("a").orElseThrow().status()).isEqualTo(CellStatus.SUCCESS);
        assertThat(first.cell("b").orElseThrow().status()).isEqualTo(CellStatus.PENDING);
        assertThat(fx.dispatched).singleElement().satisfies(e -> assertThat(e.runId()).isEqualTo(queued.runId()));
        String aStarted = first.cell("a").orElseThrow().startedAt();
        NotebookRun done = fx.runDispatched();
        assertThat(done.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(done.invocations()).isEqualTo(2);
        assertThat(done.cell("a").orElseThrow().startedAt()).as("not run again").isEqualTo(aStarted);
        assertThat(((CellOutput.Markdown) done.cell("c").orElseThrow().preview()).text()).isEqualTo("40000");
    }

    @Test
    void shouldShowARunWhoseHeartbeatStoppedAsFailedAndSkipOverlappingRuns() {
        Notebook nb = fx.service.create(fx.tenant, NotebookReader.yaml("""
                name: stuck
                file_id: %s
                cells:
                  - {id: a, type: query, sql: "SELECT 1 AS one"}
                """.formatted(fileId)), null);
        NotebookRun stuck = fx.service.startRun(fx.tenant, nb.id(), Map.of());
        var event = fx.dispatched.remove(0);
        var stored = fx.repository.findRun(fx.tenant, nb.id(), stuck.runId()).orElseThrow();
        fx.repository.replaceRun(fx.tenant, stored.run().started(NotebookFixture.NOW.toString()), stored.version());

        fx.service.startRun(fx.tenant, nb.id(), Map.of());
        NotebookRun overlapping = fx.runDispatched();
        assertThat(overlapping.status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(overlapping.skipReason()).contains(stuck.runId()).contains("allow_overlap");

        fx.clock = Clock.fixed(NotebookFixture.NOW.plusSeconds(16 * 60), ZoneOffset.UTC);
        try {
            NotebookRun shown = fx.service.run(fx.tenant, nb.id(), stuck.runId());
            assertThat(shown.status()).isEqualTo(RunStatus.FAILED);
            assertThat(shown.error().code()).isEqualTo(ErrorCode.NOTEBOOK_RUN_TIMED_OUT.name());
            assertThat(fx.runner.execute(event, () -> 600_000).status()).as("stored as failed").isEqualTo(RunStatus.FAILED);
        } finally {
            fx.clock = Clock.fixed(NotebookFixture.NOW, ZoneOffset.UTC);
        }
    }

    @Test
    void shouldCreateItsOwnRunForAScheduledEventWithRelativeDefaultsAtTheScheduledTime() {
        Notebook nb = fx.service.create(fx.tenant, NotebookReader.yaml("""
                name: scheduled
                file_id: %s
                time_zone: Pacific/Auckland
                parameters:
                  - {name: day, type: date, default: start_of_last_month}
                cells:
                  - {id: a, type: query, sql: "SELECT :day AS day"}
                """.formatted(fileId)), null);
        NotebookRun run = fx.runner.execute(new ScheduledRunEvent(ScheduledRunEvent.SCHEDULE, fx.tenant.value(), nb.id(),
                null, Map.of(), "2026-04-30T12:30:00Z"), () -> 600_000);
        assertThat(run.trigger()).isEqualTo("schedule");
        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run.parameters()).containsEntry("day", "2026-04-01").as("already 1 May in Auckland");
        assertThat(fx.service.runs(fx.tenant, nb.id(), 10)).extracting(NotebookRun::runId).containsExactly(run.runId());
    }

    @Test
    void shouldRefuseMissingAndMistypedParametersBeforeStoringARun() {
        Notebook nb = fx.service.create(fx.tenant, NotebookReader.yaml("""
                name: typed
                parameters:
                  - {name: since, type: date}
                  - {name: top, type: number, default: "5"}
                cells:
                  - {id: a, type: query, sql: "SELECT :since AS s LIMIT :top"}
                """), null);
        assertThatThrownBy(() -> fx.service.startRun(fx.tenant, nb.id(), Map.of()))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PARAMETER_MISSING))
                .hasMessageContaining("since");
        assertThatThrownBy(() -> fx.service.startRun(fx.tenant, nb.id(), Map.of("since", "2025-01-01", "top", "many")))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PARAMETER_INVALID))
                .hasMessageContaining("top");
        assertThatThrownBy(() -> fx.service.startRun(fx.tenant, nb.id(), Map.of("since", "last tuesday")))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
        assertThat(fx.service.runs(fx.tenant, nb.id(), 10)).isEmpty();
        assertThat(fx.dispatched).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownTemplateAndANameInUse() {
        assertThatThrownBy(() -> fx.service.fromTemplate(fx.tenant, "sales_analysys", null, fileId))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.httpStatus()).isEqualTo(404))
                .hasMessageContaining("sales_analysis");
        fx.service.fromTemplate(fx.tenant, "data-quality", "dq", fileId);
        assertThatThrownBy(() -> fx.service.fromTemplate(fx.tenant, "data_quality", "DQ", fileId))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOTEBOOK_EXISTS));
    }

    private static CellOutput.Rows rows(NotebookRun run, String cell) {
        assertThat(run.cell(cell).orElseThrow().status()).as(String.valueOf(run.cell(cell))).isEqualTo(CellStatus.SUCCESS);
        return (CellOutput.Rows) run.cell(cell).orElseThrow().preview();
    }
}
