package ai.kai.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.file.FileShowCommand;
import ai.kai.cli.file.FileUploader;
import ai.kai.cli.local.LocalLogging;
import ai.kai.cli.local.LocalUpCommand;
import ai.kai.cli.notebook.ReportDownloader;
import ai.kai.cli.notebook.RunWatcher;
import ai.kai.cli.output.Formats;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.TableRenderer;
import ai.kai.cli.output.Terminal;
import ai.kai.files.FileStatus;
import ai.kai.files.FileView;
import ai.kai.local.LocalStack;
import ai.kai.local.LocalStackOptions;
import ai.kai.query.QueryResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kai demo}: the product in one command. Starts the local stack in-process on a free port, generates the
 * sample, uploads it through the HTTP API exactly as {@code kai file upload} does, waits for ingest, shows the
 * file, asks four questions in SQL, runs a notebook from the sales_analysis template with live progress and downloads
 * its HTML and PDF reports, and stops everything it started.
 */
@Command(name = "demo", description = {"Start a local stack, upload a generated sales sample through the API, "
        + "query it and stop: KAI end to end in one command."})
public final class DemoCommand implements Callable<Integer> {
    static final String NOTEBOOK = "sales-review";
    /** Below this many orders some of the template's charts and its test have too little to work with. */
    static final int NOTEBOOK_MIN_ROWS = 1_000;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the stack's data here (default: a temporary directory, removed at the end).")
    Path dataDir;

    @Option(names = "--sample-out", paramLabel = "PATH", description = "Also keep the generated sales.csv at PATH.")
    Path sampleOut;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "" + SampleSales.DEFAULT_ROWS,
            description = "Orders in the sample (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--reports-dir", paramLabel = "DIR",
            description = "Where the notebook's HTML and PDF reports go (default: beside --sample-out, else ./kai-demo-reports).")
    Path reportsDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (rows < 1 || rows > 5_000_000) {
            throw CliException.usage("--rows must be between 1 and 5000000");
        }
        Terminal terminal = Terminal.detect(spec.commandLine().getOut(), spec.commandLine().getErr());
        long started = System.nanoTime();
        Path scratch = Files.createTempDirectory("kai-demo-");
        try {
            Path sample = sampleOut != null ? sampleOut : scratch.resolve("sales.csv");
            heading(terminal, "1. A sample: " + Formats.count(rows) + " sales orders over two years");
            SampleSales.write(sample, rows);
            terminal.println("generated " + sample + " (" + Formats.bytes(Files.size(sample)) + ")");

            heading(terminal, "2. The local stack");
            LocalLogging.quiet();
            Path stackDir = dataDir != null ? dataDir : scratch.resolve("stack");
            try (LocalStack stack = LocalUpCommand.start(new LocalStackOptions(0, stackDir, dataDir != null))) {
                terminal.println("KAI local stack ready at " + stack.endpoint());
                ApiClient anonymous = new ApiClient(stack.endpoint(), null);
                ApiClient api = anonymous.withToken(anonymous.fetchDevToken().orElseGet(() -> stack.tokenFor("dev")));
                FileView file = upload(terminal, api, sample);
                queries(terminal, api, file);
                boolean notebookOk = rows < NOTEBOOK_MIN_ROWS ? skipNotebook(terminal) : notebook(terminal, api, file, reports());
                if (!notebookOk) {
                    return ExitCodes.FAILURE;
                }
                terminal.println("");
                terminal.println(terminal.style().bold("Done") + " in " + Formats.duration((System.nanoTime() - started) / 1_000_000)
                        + ". Stopping the local stack.");
                terminal.println("Next: ./kai local up, then in another terminal: ./kai file upload your.csv");
            }
            return ExitCodes.OK;
        } finally {
            deleteTree(scratch);
        }
    }

    private static FileView upload(Terminal terminal, ApiClient api, Path sample) {
        heading(terminal, "3. Upload sales.csv through the API and wait for ingest");
        FileUploader uploader = new FileUploader(api, terminal);
        FileUploader.Uploaded uploaded = uploader.upload(sample, "sales.csv", Map.of());
        if (!uploaded.response().success()) {
            throw uploaded.response().failure();
        }
        FileView file = uploader.awaitIngest(uploaded.file(), Duration.ofMinutes(10)).data(FileView.class);
        if (file.status() != FileStatus.READY) {
            throw new CliException(ExitCodes.INGEST_FAILED, "ingest of the sample failed: "
                    + (file.error() == null ? "no reason stored" : file.error().code() + ": " + file.error().message()));
        }
        terminal.println("$ kai file show sales.csv");
        FileShowCommand.print(terminal, file);
        return file;
    }

    private static void queries(Terminal terminal, ApiClient api, FileView file) {
        heading(terminal, "4. Ask questions in SQL (kai file query sales.csv \"…\")");
        TableRenderer renderer = new TableRenderer(terminal.width(), terminal.style());
        for (DemoQueries.DemoQuery query : DemoQueries.ALL) {
            terminal.println("");
            terminal.println(terminal.style().bold("▸ " + query.title()));
            query.sql().lines().forEach(line -> terminal.println(terminal.style().dim("  " + line)));
            ApiResponse response = api.query(file.fileId(), query.sql(), 1000);
            QueryResult result = response.data(QueryResult.class);
            terminal.out().print(renderer.render(new Table(result.columns(), result.types(), result.rows()),
                    TableRenderer.footer(result.rowCount(), result.executionTimeMs(), result.truncated())));
            terminal.out().flush();
        }
    }

    /** Step 5: a notebook from sales_analysis over the sample, run with live progress, its reports downloaded. */
    private static boolean notebook(Terminal terminal, ApiClient api, FileView file, Path dir) {
        heading(terminal, "5. A notebook report (kai notebook create / run / export)");
        terminal.println("$ kai notebook create sales-review --from-template sales_analysis --file sales.csv");
        api.post("/notebooks/from-template", Map.of("template_id", "sales_analysis", "name", NOTEBOOK, "file_id", file.fileId())).data();
        terminal.println("$ kai notebook run " + NOTEBOOK + " --param start_date=2025-01-01 --param end_date=2025-12-31");
        JsonNode run = new RunWatcher(api, terminal).run(NOTEBOOK, Map.of("start_date", "2025-01-01", "end_date", "2025-12-31"),
                Duration.ofMinutes(10));
        if (!run.path("status").asText().equals("success")) {
            terminal.println(terminal.style().red("the notebook run did not succeed; see the cells above"));
            return false;
        }
        ReportDownloader downloader = new ReportDownloader(api);
        String runId = run.path("run_id").asText();
        for (String format : List.of("html", "pdf")) {
            terminal.println("$ kai notebook export " + NOTEBOOK + " --format " + format + " --output " + dir);
            terminal.println("wrote " + downloader.download(NOTEBOOK, runId, format, dir).toAbsolutePath());
        }
        return true;
    }

    private static boolean skipNotebook(Terminal terminal) {
        heading(terminal, "5. A notebook report");
        terminal.println("skipped: the sales_analysis notebook wants at least " + Formats.count(NOTEBOOK_MIN_ROWS) + " orders (--rows)");
        return true;
    }

    private Path reports() {
        if (reportsDir != null) {
            return reportsDir;
        }
        Path parent = sampleOut == null ? null : sampleOut.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of("kai-demo-reports");
    }

    private static void heading(Terminal terminal, String text) {
        terminal.println("");
        terminal.println(terminal.style().cyan(terminal.style().bold(text)));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the OS cleans what is left
        }
    }
}
