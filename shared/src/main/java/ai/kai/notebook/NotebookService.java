package ai.kai.notebook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.report.Report;
import ai.kai.schedule.ScheduledRunEvent;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/**
 * The notebooks of a tenant, as the API uses them: create (from JSON, YAML or a template), read, update, delete;
 * start a run (parameters checked, a {@code queued} record stored, the run dispatched to the runner); list and show
 * runs (a run whose heartbeat is too old is shown and stored as failed); and reports of finished runs.
 */
public final class NotebookService {
    private final NotebookRepository repository;
    private final TemplateCatalog templates;
    private final RunDispatcher dispatcher;
    private final BlobStore blobs;
    private final RunReports reports;
    private final Function<Report, String> html;
    private final Function<Report, byte[]> pdf;
    private final Clock clock;
    private final Duration staleAfter;
    private final Duration urlTtl;

    public NotebookService(NotebookRepository repository, TemplateCatalog templates, RunDispatcher dispatcher,
                           BlobStore blobs, Function<Report, String> html, Function<Report, byte[]> pdf, Clock clock,
                           Duration staleAfter, Duration urlTtl) {
        this.repository = repository;
        this.templates = templates;
        this.dispatcher = dispatcher;
        this.blobs = blobs;
        this.reports = new RunReports(new CellOutputs(blobs), clock);
        this.html = html;
        this.pdf = pdf;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.urlTtl = urlTtl;
    }

    public Notebook create(TenantId tenant, NotebookSpec spec, String template) {
        String now = clock.instant().toString();
        Notebook notebook = Notebook.of(NotebookKeys.newNotebookId(), spec, template, now, now);
        repository.create(tenant, notebook);
        return notebook;
    }

    /** A notebook from a template: the template's cells with the caller's name and file. */
    public Notebook fromTemplate(TenantId tenant, String templateId, String name, String fileId) {
        NotebookSpec spec = templates.require(templateId);
        if (name != null && !name.isBlank()) {
            spec = spec.withName(name.strip());
        }
        return create(tenant, spec.withFile(fileId), templateId.strip().replace('-', '_'));
    }

    public List<TemplateCatalog.TemplateInfo> templates() {
        return templates.list();
    }

    public Notebook get(TenantId tenant, String idOrName) {
        return repository.require(tenant, idOrName);
    }

    public List<Notebook> list(TenantId tenant, String tag) {
        return repository.list(tenant).stream().filter(n -> tag == null || n.tags().contains(tag)).toList();
    }

    public Notebook update(TenantId tenant, String idOrName, NotebookSpec spec) {
        Notebook previous = repository.require(tenant, idOrName);
        Notebook next = Notebook.of(previous.id(), spec, previous.template(), previous.createdAt(), clock.instant().toString());
        repository.replace(tenant, previous, next);
        return next;
    }

    /** Sets the zone relative dates are evaluated in (the schedule's), keeping everything else. */
    public Notebook useTimeZone(TenantId tenant, String idOrName, String zone) {
        Notebook notebook = repository.require(tenant, idOrName);
        return notebook.timeZone().equals(zone) ? notebook : update(tenant, notebook.id(), notebook.spec().withTimeZone(zone));
    }

    /**
     * Checks a schedule's fixed parameters against the notebook (known names, types, required ones present) and makes
     * its time zone the one relative dates are evaluated in; answers the notebook.
     */
    public Notebook prepareSchedule(TenantId tenant, String idOrName, Map<String, String> parameters, String zone) {
        ZoneId zoneId = ai.kai.schedule.ScheduleExpression.zone(zone); // INVALID_TIME_ZONE, as the schedules port answers
        Notebook notebook = repository.require(tenant, idOrName);
        ParameterValues.resolve(notebook.parameters(), parameters, clock.instant(), zoneId);
        return useTimeZone(tenant, notebook.id(), zone);
    }

    public void delete(TenantId tenant, String idOrName) {
        Notebook notebook = repository.require(tenant, idOrName);
        repository.delete(tenant, notebook);
        blobs.deletePrefix(NotebookKeys.prefix(tenant, notebook.id()));
    }

    /** Checks the parameters, stores a queued run and dispatches it; the runner does the work. */
    public NotebookRun startRun(TenantId tenant, String idOrName, Map<String, String> parameters) {
        Notebook notebook = repository.require(tenant, idOrName);
        Instant now = clock.instant();
        Map<String, Object> values = ParameterValues.resolve(notebook.parameters(), parameters, now,
                ZoneId.of(notebook.timeZone()));
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((k, v) -> texts.put(k, ParameterValues.text(v)));
        NotebookRun run = new NotebookRun(NotebookKeys.newRunId(now), notebook.id(), notebook.name(),
                ScheduledRunEvent.MANUAL, RunStatus.QUEUED, texts, null, now.toString(), null, null, null, null, null, 0,
                notebook.cells().stream().map(CellRun::pending).toList());
        repository.createRun(tenant, run);
        dispatcher.dispatch(new ScheduledRunEvent(ScheduledRunEvent.MANUAL, tenant.value(), notebook.id(), run.runId(),
                texts, null));
        return run;
    }

    public List<NotebookRun> runs(TenantId tenant, String idOrName, int limit) {
        Notebook notebook = repository.require(tenant, idOrName);
        return repository.runs(tenant, notebook.id(), limit).stream().map(r -> live(tenant, r)).toList();
    }

    public NotebookRun run(TenantId tenant, String idOrName, String runId) {
        Notebook notebook = repository.require(tenant, idOrName);
        return live(tenant, requireRun(tenant, notebook, runId).run());
    }

    /** The report model of a finished run. */
    public Report report(TenantId tenant, String idOrName, String runId) {
        Notebook notebook = repository.require(tenant, idOrName);
        NotebookRun run = live(tenant, requireRun(tenant, notebook, runId).run());
        if (!run.status().finished()) {
            throw new KaiException(ErrorCode.NOTEBOOK_RUN_NOT_FINISHED, "run " + runId + " is " + run.status().wire()
                    + "; its report is ready once it has finished");
        }
        return reports.report(notebook, run);
    }

    /** Renders the run's report as html or pdf, stores it under the tenant's prefix and answers a presigned URL. */
    public ReportLink exportReport(TenantId tenant, String idOrName, String runId, String format) {
        String f = format == null ? "html" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("html") && !f.equals("pdf")) {
            throw new KaiException(ErrorCode.UNSUPPORTED_EXPORT_FORMAT, "a report is exported as html or pdf; got '" + format + "'");
        }
        Report report = report(tenant, idOrName, runId);
        byte[] bytes = f.equals("html") ? html.apply(report).getBytes(StandardCharsets.UTF_8) : pdf.apply(report);
        Notebook notebook = repository.require(tenant, idOrName);
        String key = NotebookKeys.report(tenant, notebook.id(), runId, f);
        String type = f.equals("html") ? "text/html; charset=utf-8" : "application/pdf";
        blobs.put(key, bytes, type);
        return new ReportLink(runId, f, type, bytes.length, blobs.presignGet(key, urlTtl).toString(),
                clock.instant().plus(urlTtl).toString());
    }

    private NotebookRepository.VersionedRun requireRun(TenantId tenant, Notebook notebook, String runId) {
        return repository.findRun(tenant, notebook.id(), runId).orElseThrow(() -> new KaiException(
                ErrorCode.NOTEBOOK_RUN_NOT_FOUND, "notebook '" + notebook.name() + "' has no run " + runId
                + "; list its runs with GET /api/v2/notebooks/" + notebook.id() + "/runs"));
    }

    /** The run as it stands; a run whose heartbeat is older than the runner's time limit is stored as failed. */
    private NotebookRun live(TenantId tenant, NotebookRun run) {
        Instant now = clock.instant();
        if (!RunLiveness.stale(run, now, staleAfter)) {
            return run;
        }
        NotebookRun failed = RunLiveness.timedOut(run, now, staleAfter);
        repository.findRun(tenant, run.notebookId(), run.runId()).filter(v -> !v.run().status().finished())
                .ifPresent(v -> {
                    try {
                        repository.replaceRun(tenant, failed, v.version());
                    } catch (KaiException raced) {
                        // the runner moved it on meanwhile; show what we computed, the next read shows the truth
                    }
                });
        return failed;
    }
}
