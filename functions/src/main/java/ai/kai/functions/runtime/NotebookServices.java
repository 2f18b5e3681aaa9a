package ai.kai.functions.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ai.kai.notebook.CellExecutors;
import ai.kai.notebook.FileDatabases;
import ai.kai.notebook.LambdaRunDispatcher;
import ai.kai.notebook.NotebookRepository;
import ai.kai.notebook.NotebookRunner;
import ai.kai.notebook.NotebookService;
import ai.kai.notebook.RunDispatcher;
import ai.kai.notebook.TemplateCatalog;
import ai.kai.query.QueryEngine;
import ai.kai.report.HtmlReportRenderer;
import ai.kai.report.PdfReportRenderer;
import ai.kai.report.Report;
import ai.kai.report.ReportBlock;
import ai.kai.report.ReportFact;
import ai.kai.report.ReportSection;
import ai.kai.schedule.EventBridgeSchedules;
import ai.kai.schedule.Schedules;

/**
 * Constructor wiring of the notebook functions, on top of {@link Services} and {@link AnalyticsServices}. Runs are
 * dispatched to the runner named by {@code KAI_NOTEBOOK_RUNNER_FUNCTION} (CDK sets its name) through Lambda's API, at
 * {@code KAI_LAMBDA_ENDPOINT} when set (the local stack's Lambda-compatible endpoint).
 */
public final class NotebookServices {
    public static final String RUNNER = "kai-notebooks-runner";
    /** The runner's Lambda timeout; a run without a heartbeat for longer is shown as failed. */
    public static final int RUNNER_TIMEOUT_SECONDS = 900;
    /** With less time left than this, the runner hands the run to a new invocation. */
    static final long CONTINUE_BELOW_MILLIS = 120_000;
    private static NotebookServices instance;
    private static Clock clock = Clock.systemUTC();

    private final Services services;
    private NotebookRepository repository;
    private NotebookService notebooks;
    private NotebookRunner runner;
    private RunDispatcher dispatcher;
    private Schedules schedules;
    private HtmlReportRenderer html;
    private PdfReportRenderer pdf;

    private NotebookServices(Services services) {
        this.services = services;
    }

    public static synchronized NotebookServices get() {
        Services current = Services.get();
        if (instance == null || instance.services != current) {
            instance = new NotebookServices(current);
        }
        return instance;
    }

    /**
     * The clock of runs, reports and schedules' next runs: the system clock, or the local stack's when a test drives
     * its scheduler with a {@code ManualClock}. The next {@link #get()} wires with it.
     */
    public static synchronized void useClock(Clock newClock) {
        clock = newClock;
        instance = null;
    }

    public String tenantClaim() {
        return services.tenantClaim();
    }

    public synchronized NotebookService notebooks() {
        if (notebooks == null) {
            html = new HtmlReportRenderer();
            pdf = new PdfReportRenderer();
            notebooks = new NotebookService(repository(), TemplateCatalog.load(), dispatcher(), services.blobs(),
                    html::render, pdf::render, clock, staleAfter(), services.config().presignTtl());
        }
        return notebooks;
    }

    public synchronized NotebookRunner runner() {
        if (runner == null) {
            var analytics = AnalyticsServices.get();
            var config = services.config();
            CellExecutors executors = new CellExecutors(new QueryEngine(config), config.duckDbMemoryLimit(),
                    analytics.statistics(), analytics.forecasts(), analytics.anomalies(), services.fileProfiles());
            runner = new NotebookRunner(repository(), services.blobs(), executors,
                    new FileDatabases(services.files(), services.blobs(), services.datasetCache()), dispatcher(),
                    clock, staleAfter(), CONTINUE_BELOW_MILLIS);
        }
        return runner;
    }

    /** The schedules port (EventBridge Scheduler in AWS, the local scheduler on the local stack). */
    public synchronized Schedules schedules() {
        if (schedules == null) {
            schedules = EventBridgeSchedules.fromEnvironment(services.metadata(), clock);
        }
        return schedules;
    }

    /**
     * Renders a one-section report as HTML and PDF (SnapStart priming of the report function: the first PDF in a
     * fresh JVM took 1.85 s, mostly font and layout class loading, which the snapshot then holds).
     */
    public synchronized void primeReportRendering() {
        notebooks();
        List<ReportBlock> blocks = List.of(new ReportBlock.Markdown("**one** cell"),
                new ReportBlock.Table(List.of("a"), List.<List<Object>>of(List.of(1)), 1));
        Report tiny = new Report("Priming", "", List.of(new ReportFact("rows", "1")),
                List.of(new ReportSection("Cell", "success", null, blocks)), Instant.EPOCH);
        html.render(tiny);
        pdf.render(tiny);
    }

    private NotebookRepository repository() {
        if (repository == null) {
            repository = new NotebookRepository(services.metadata());
        }
        return repository;
    }

    private RunDispatcher dispatcher() {
        if (dispatcher == null) {
            dispatcher = LambdaRunDispatcher.create(services.config().region(), setting("KAI_LAMBDA_ENDPOINT"),
                    setting("KAI_NOTEBOOK_RUNNER_FUNCTION").orElse(RUNNER));
        }
        return dispatcher;
    }

    private static Duration staleAfter() {
        return Duration.ofSeconds(RUNNER_TIMEOUT_SECONDS + 60L);
    }

    /** A setting as {@code KaiConfig} reads them: the JVM property ({@code kai.lambda.endpoint}) first, then the environment. */
    static Optional<String> setting(String name) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        String value = property != null && !property.isBlank() ? property : System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
