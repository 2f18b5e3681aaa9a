package ai.kai.notebook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

import ai.kai.analytics.AnomalyAnalysis;
import ai.kai.analytics.ColumnLoader;
import ai.kai.analytics.ForecastAnalysis;
import ai.kai.analytics.StatisticsAnalysis;
import ai.kai.anomaly.AnomalyService;
import ai.kai.connect.DirectoryBlobStore;
import ai.kai.connect.DynamoLocal;
import ai.kai.files.DatasetConverter;
import ai.kai.files.FileKeys;
import ai.kai.files.FileName;
import ai.kai.files.FileProfileService;
import ai.kai.files.FileProfiler;
import ai.kai.files.FileQueryService;
import ai.kai.files.FileRepository;
import ai.kai.files.FileService;
import ai.kai.files.IngestOptions;
import ai.kai.files.IngestService;
import ai.kai.forecast.ForecastService;
import ai.kai.query.DatabaseCache;
import ai.kai.query.QueryEngine;
import ai.kai.report.Report;
import ai.kai.schedule.ScheduledRunEvent;
import ai.kai.stats.StatisticsService;
import ai.kai.tenancy.TenantId;

/**
 * The notebook services wired as in a function, over real parts: DynamoDB Local, object storage on a directory,
 * DuckDB, ingest of a generated sales CSV (the columns of {@code kai demo}'s sample). Dispatched runs are kept in
 * {@link #dispatched} so a test runs them with the runner, as the notebook-run function would.
 */
final class NotebookFixture {
    static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    final TenantId tenant = TenantId.of("nb-" + Long.toString(System.nanoTime(), 36));
    final List<ScheduledRunEvent> dispatched = new ArrayList<>();
    final DirectoryBlobStore blobs;
    final NotebookRepository repository;
    final NotebookService service;
    final NotebookRunner runner;
    final FileService files;
    final IngestService ingest;
    final Path work;
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    NotebookFixture(Path work) {
        this.work = work;
        blobs = new DirectoryBlobStore(work.resolve("blobs"));
        var metadata = DynamoLocal.shared().store();
        FileRepository fileRepository = new FileRepository(metadata);
        files = new FileService(blobs, fileRepository, Clock.systemUTC(), 8 << 20, 1L << 30, Duration.ofMinutes(5));
        FileProfiler profiler = new FileProfiler(blobs);
        ingest = new IngestService(blobs, fileRepository, new DatasetConverter("512MB", 1), profiler, work.resolve("ingest"),
                Clock.systemUTC());
        DatabaseCache cache = new DatabaseCache(work.resolve("cache"), 1L << 30);
        QueryEngine engine = new QueryEngine("512MB", 1, 30, 8L << 20, work.resolve("tmp"));
        ColumnLoader loader = new ColumnLoader(files, new FileQueryService(files, blobs, cache, engine), null);
        CellExecutors executors = new CellExecutors(engine, "256MB", new StatisticsAnalysis(new StatisticsService(), loader),
                new ForecastAnalysis(new ForecastService(), loader), new AnomalyAnalysis(new AnomalyService(), loader),
                new FileProfileService(fileRepository, blobs, cache, profiler, work.resolve("profile")));
        repository = new NotebookRepository(metadata);
        Clock delegating = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        };
        service = new NotebookService(repository, TemplateCatalog.load(), dispatched::add, blobs, NotebookFixture::html,
                r -> ("%PDF " + r.title()).getBytes(StandardCharsets.UTF_8), delegating, Duration.ofMinutes(15),
                Duration.ofMinutes(5));
        runner = new NotebookRunner(repository, blobs, executors, new FileDatabases(files, blobs, cache), dispatched::add,
                delegating, Duration.ofMinutes(15), 60_000);
    }

    /** A test stand-in for the report branch's renderer: the title and each section heading, nothing more. */
    private static String html(Report report) {
        StringBuilder s = new StringBuilder("<h1>" + report.title() + "</h1>");
        report.sections().forEach(x -> s.append("<h2>").append(x.heading()).append("</h2>"));
        return s.toString();
    }

    /** Uploads and ingests a sales CSV of {@code rows} rows; answers its file id. */
    String salesFile(int rows) {
        byte[] csv = salesCsv(rows).getBytes(StandardCharsets.UTF_8);
        var view = files.uploadInline(tenant, "sales.csv", csv, IngestOptions.DETECT);
        ingest.ingest(FileKeys.original(tenant, view.fileId(), new FileName("sales.csv")), null);
        return view.fileId();
    }

    /** Runs every dispatched event with the runner (a re-dispatch is run too), with plenty of time left. */
    NotebookRun runDispatched() {
        return runDispatched(() -> 600_000);
    }

    NotebookRun runDispatched(LongSupplier remaining) {
        NotebookRun last = null;
        while (!dispatched.isEmpty()) {
            last = runner.execute(dispatched.remove(0), remaining);
        }
        return last;
    }

    static String salesCsv(int rows) {
        String[] regions = {"North", "South", "East", "West"};
        String[] categories = {"Electronics", "Accessories", "Furniture", "Office Supplies", "Software"};
        Random random = new Random(7);
        StringBuilder s = new StringBuilder("order_id,order_date,region,product,category,customer_id,units,unit_price,revenue\n");
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < rows; i++) {
            LocalDate day = first.plusDays((long) i * 731 / rows);
            String region = random.nextDouble() < 0.01 ? "" : regions[random.nextInt(4)];
            int product = random.nextInt(20);
            String customer = random.nextDouble() < 0.015 ? "" : "C" + (1000 + random.nextInt(1500));
            int units = random.nextDouble() < 0.006 ? -1 : 1 + random.nextInt(4);
            double price = 5 + product * 17.5;
            s.append(100000 + i).append(',').append(day).append(',').append(region).append(",Product ").append(product)
                    .append(',').append(categories[product % 5]).append(',').append(customer).append(',').append(units)
                    .append(',').append(String.format(Locale.ROOT, "%.2f", price)).append(',')
                    .append(String.format(Locale.ROOT, "%.2f", units * price * (1 + 0.2 * Math.sin(day.getDayOfYear() / 58.0))))
                    .append('\n');
        }
        return s.toString();
    }
}
