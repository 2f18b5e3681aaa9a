package ai.kai.notebook;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import ai.kai.error.ErrorCode;
import ai.kai.error.ErrorInfo;
import ai.kai.error.KaiException;
import ai.kai.schedule.ScheduledRunEvent;
import ai.kai.tenancy.TenantId;

/**
 * Does the work of a run, in the notebook-run function: cells in dependency order, the run record updated after each
 * one (status, time, error, preview; whole outputs in object storage). A failed cell skips its dependants; independent
 * cells still run. When the invocation's remaining time gets short, the run is handed to a new invocation with its id
 * and continues after the last finished cell. A scheduled event creates its own run; a run that arrives while another
 * of the same notebook is running is recorded as skipped unless the notebook allows overlap.
 */
public final class NotebookRunner {
    private static final Logger LOG = Logger.getLogger(NotebookRunner.class.getName());
    /** A run that needs more invocations than this fails with a clear reason instead of continuing forever. */
    static final int MAX_INVOCATIONS = 8;

    private final NotebookRepository repository;
    private final CellOutputs outputs;
    private final CellExecutors executors;
    private final BiFunction<TenantId, String, Path> databases;
    private final RunDispatcher dispatcher;
    private final Clock clock;
    private final Duration staleAfter;
    private final long continueBelowMillis;

    public NotebookRunner(NotebookRepository repository, ai.kai.storage.BlobStore blobs, CellExecutors executors,
                          BiFunction<TenantId, String, Path> databases, RunDispatcher dispatcher, Clock clock,
                          Duration staleAfter, long continueBelowMillis) {
        this.repository = repository;
        this.outputs = new CellOutputs(blobs);
        this.executors = executors;
        this.databases = databases;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.continueBelowMillis = continueBelowMillis;
    }

    /** Runs (or continues) the run an event names; answers the run as stored when this invocation stops. */
    public NotebookRun execute(ScheduledRunEvent event, LongSupplier remainingMillis) {
        TenantId tenant = TenantId.of(event.tenant());
        Notebook notebook = repository.require(tenant, event.notebookId());
        NotebookRepository.VersionedRun current = event.runId() == null ? scheduledRun(tenant, notebook, event)
                : repository.findRun(tenant, notebook.id(), event.runId()).orElseThrow(() -> new KaiException(
                ErrorCode.NOTEBOOK_RUN_NOT_FOUND, "run " + event.runId() + " of " + notebook.id() + " does not exist"));
        Tracker run = new Tracker(tenant, current.run(), current.version());
        if (run.run.status().finished()) {
            return run.run;
        }
        if (run.run.status() == RunStatus.QUEUED && !notebook.allowOverlap()) {
            Optional<NotebookRun> other = runningOther(tenant, notebook, run.run);
            if (other.isPresent()) {
                return run.save(run.run.finished(RunStatus.SKIPPED, null, "run " + other.get().runId()
                        + " of this notebook was still running; set allow_overlap: true to let runs overlap", now()));
            }
        }
        Map<String, Object> values;
        try {
            values = ParameterValues.resolve(notebook.parameters(), run.run.parameters(), runDay(run.run),
                    ZoneId.of(notebook.timeZone()));
        } catch (KaiException e) {
            return run.save(run.run.finished(RunStatus.FAILED, ErrorInfo.of(e), null, now()));
        }
        run.save(run.run.started(now()));
        RunContext context = new RunContext(tenant, notebook, values, () -> databases.apply(tenant, notebook.fileId()));
        return cells(notebook, run, context, event, remainingMillis);
    }

    private NotebookRun cells(Notebook notebook, Tracker run, RunContext context, ScheduledRunEvent event,
                              LongSupplier remainingMillis) {
        DependencyGraph graph = DependencyGraph.of(notebook.spec());
        Set<String> broken = new HashSet<>();
        for (String cellId : graph.order()) {
            Cell cell = notebook.cell(cellId).orElseThrow();
            CellRun state = run.run.cell(cellId).orElse(CellRun.pending(cell));
            switch (state.status()) {
                case SUCCESS -> {
                    context.put(cellId, outputs.get(state.outputKey()));
                    continue;
                }
                case FAILED, SKIPPED -> {
                    broken.add(cellId);
                    continue;
                }
                default -> {
                }
            }
            Optional<String> failedDependency = graph.dependenciesOf(cellId).stream().filter(broken::contains).findFirst();
            if (failedDependency.isPresent()) {
                broken.add(cellId);
                run.save(run.run.withCell(state.skipped("depends on '" + failedDependency.get() + "', which did not succeed"),
                        now()));
                continue;
            }
            if (remainingMillis.getAsLong() < continueBelowMillis) {
                return handOver(run, event, cellId);
            }
            runCell(cell, state, run, context, broken);
        }
        List<String> failed = new ArrayList<>();
        run.run.cells().stream().filter(c -> c.status() == CellStatus.FAILED).forEach(c -> failed.add(c.cellId()));
        if (failed.isEmpty() && broken.isEmpty()) {
            return run.save(run.run.finished(RunStatus.SUCCESS, null, null, now()));
        }
        return run.save(run.run.finished(RunStatus.FAILED, ErrorInfo.of(ErrorCode.NOTEBOOK_RUN_NOT_FINISHED,
                failed.size() + " of " + notebook.cells().size() + " cells failed (" + String.join(", ", failed)
                        + "); their dependants were skipped"), null, now()));
    }

    private void runCell(Cell cell, CellRun state, Tracker run, RunContext context, Set<String> broken) {
        CellRun running = state.running(now());
        run.save(run.run.withCell(running, now()));
        long started = System.nanoTime();
        try {
            CellOutput output = executors.run(cell, context);
            String key = outputs.put(run.tenant, run.run, cell.id(), output);
            context.put(cell.id(), output);
            run.save(run.run.withCell(running.succeeded(elapsed(started), output, key), now()));
        } catch (KaiException e) {
            broken.add(cell.id());
            if (!e.isClientError()) {
                LOG.log(Level.WARNING, "cell " + cell.id() + " of run " + run.run.runId() + " failed", e);
            }
            run.save(run.run.withCell(running.failed(elapsed(started), ErrorInfo.of(e)), now()));
        } catch (RuntimeException e) {
            broken.add(cell.id());
            LOG.log(Level.SEVERE, "cell " + cell.id() + " of run " + run.run.runId() + " failed unexpectedly", e);
            run.save(run.run.withCell(running.failed(elapsed(started), ErrorInfo.of(ErrorCode.INTERNAL_ERROR,
                    "the cell failed unexpectedly; the run's logs have the details")), now()));
        }
    }

    private NotebookRun handOver(Tracker run, ScheduledRunEvent event, String nextCell) {
        if (run.run.invocations() >= MAX_INVOCATIONS) {
            return run.save(run.run.finished(RunStatus.FAILED, ErrorInfo.of(ErrorCode.NOTEBOOK_RUN_TIMED_OUT, "the run "
                    + "did not finish within " + MAX_INVOCATIONS + " invocations of the runner; it stopped before cell '"
                    + nextCell + "'. Filter or aggregate the data in the first cells to make it faster"), null, now()));
        }
        NotebookRun saved = run.save(run.run.withCell(run.run.cell(nextCell).orElseThrow(), now()));
        dispatcher.dispatch(new ScheduledRunEvent(run.run.trigger(), run.tenant.value(), run.run.notebookId(),
                run.run.runId(), run.run.parameters(), event.scheduledTime()));
        return saved;
    }

    private NotebookRepository.VersionedRun scheduledRun(TenantId tenant, Notebook notebook, ScheduledRunEvent event) {
        Instant at = parseTime(event.scheduledTime()).orElse(clock.instant());
        NotebookRun run = new NotebookRun(NotebookKeys.newRunId(clock.instant()), notebook.id(), notebook.name(),
                event.trigger() == null ? ScheduledRunEvent.SCHEDULE : event.trigger(), RunStatus.QUEUED, Map.of(),
                at.toString(), now(), null, null, null, null, null, 0,
                notebook.cells().stream().map(CellRun::pending).toList());
        try {
            Map<String, Object> values = ParameterValues.resolve(notebook.parameters(), event.parameters(), at,
                    ZoneId.of(notebook.timeZone()));
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            values.forEach((k, v) -> texts.put(k, ParameterValues.text(v)));
            run = new NotebookRun(run.runId(), run.notebookId(), run.notebookName(), run.trigger(), run.status(), texts,
                    run.scheduledTime(), run.createdAt(), null, null, null, null, null, 0, run.cells());
            repository.createRun(tenant, run);
        } catch (KaiException e) {
            repository.createRun(tenant, run.finished(RunStatus.FAILED, ErrorInfo.of(e), null, now()));
        }
        return repository.findRun(tenant, notebook.id(), run.runId()).orElseThrow();
    }

    private Optional<NotebookRun> runningOther(TenantId tenant, Notebook notebook, NotebookRun self) {
        Instant now = clock.instant();
        return repository.runs(tenant, notebook.id(), 20).stream()
                .filter(r -> !r.runId().equals(self.runId()) && r.status() == RunStatus.RUNNING)
                .filter(r -> !RunLiveness.stale(r, now, staleAfter)).findFirst();
    }

    private Instant runDay(NotebookRun run) {
        return parseTime(run.scheduledTime()).orElse(Instant.parse(run.createdAt()));
    }

    private static Optional<Instant> parseTime(String text) {
        if (text == null || text.isBlank() || text.equals(ScheduledRunEvent.SCHEDULED_TIME_PLACEHOLDER)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String now() {
        return clock.instant().toString();
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** The run as this invocation last stored it, with its optimistic-lock version. */
    private final class Tracker {
        private final TenantId tenant;
        private NotebookRun run;
        private long version;

        Tracker(TenantId tenant, NotebookRun run, long version) {
            this.tenant = tenant;
            this.run = run;
            this.version = version;
        }

        NotebookRun save(NotebookRun next) {
            version = repository.replaceRun(tenant, next, version);
            run = next;
            return next;
        }
    }
}
