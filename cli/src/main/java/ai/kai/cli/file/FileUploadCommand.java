package ai.kai.cli.file;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Formats;
import ai.kai.files.FileStatus;
import ai.kai.files.FileView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai file upload PATH}: uploads, waits for ingest, prints the new file_id. */
@Command(name = "upload", description = {
    "Upload a file (CSV, TSV, JSON, Parquet), wait until it is ingested and print its file_id.",
    "Files up to 4 MiB go inline; larger ones are streamed to storage through a presigned URL."})
public final class FileUploadCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "PATH", description = "The local file to upload.")
    Path path;

    @Option(names = "--name", paramLabel = "NAME", description = "The name to store (default: the file's own name).")
    String name;

    @Option(names = "--no-wait", description = "Return as soon as the upload is stored, without waiting for ingest.")
    boolean noWait;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long to wait for ingest (default ${DEFAULT-VALUE}).")
    int waitTimeoutSeconds;

    @Option(names = "--sheet", paramLabel = "SHEET", description = "Excel: the sheet to read, by name or 1-based position.")
    String sheet;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV: the field delimiter, e.g. ';' or '\\t' (default: detected).")
    String delimiter;

    @Option(names = "--header", negatable = true, description = "CSV: whether the first row holds column names (default: detected).")
    Boolean header;

    @Option(names = "--decimal-separator", paramLabel = "CHAR", description = "CSV: '.' or ',' (default: detected).")
    String decimalSeparator;

    @Override
    protected void validate() {
        FileUploader.requireReadable(path);
        if (waitTimeoutSeconds < 1) {
            throw CliException.usage("--wait-timeout must be at least 1 second");
        }
    }

    /** How to read the file, as the API names it; only what was given, so ingest detects the rest. */
    Map<String, Object> readingOptions() {
        Map<String, Object> options = new LinkedHashMap<>();
        if (sheet != null) {
            options.put("sheet", sheet);
        }
        if (delimiter != null) {
            options.put("delimiter", delimiter);
        }
        if (header != null) {
            options.put("header", header);
        }
        if (decimalSeparator != null) {
            options.put("decimal_separator", decimalSeparator);
        }
        return options;
    }

    @Override
    protected int run(ApiClient api) {
        String storedName = name != null ? name : path.getFileName().toString();
        FileUploader uploader = new FileUploader(api, terminal());
        FileUploader.Uploaded uploaded = uploader.upload(path, storedName, readingOptions());
        if (!uploaded.response().success()) {
            emit(uploaded.response());
            throw uploaded.response().failure();
        }
        if (noWait) {
            emit(uploaded.response());
            if (!json()) {
                terminal().println(uploaded.file().fileId());
            }
            terminal().info("not waiting for ingest; follow it with: kai file show " + uploaded.file().fileId());
            return ExitCodes.OK;
        }
        ApiResponse last = uploader.awaitIngest(uploaded.file(), Duration.ofSeconds(waitTimeoutSeconds));
        emit(last);
        FileView file = last.data(FileView.class);
        if (file.status() == FileStatus.FAILED) {
            String reason = file.error() == null ? "no reason was stored"
                    : file.error().code() + ": " + file.error().message();
            throw new CliException(ExitCodes.INGEST_FAILED, "ingest of " + FileResolver.describe(file) + " failed: " + reason);
        }
        if (!json()) {
            terminal().println(file.fileId());
        }
        terminal().info(file.name() + " is ready: " + Formats.plural(file.rowCount() == null ? 0 : file.rowCount(), "row", "rows")
                + " × " + Formats.plural(file.columnCount() == null ? 0 : file.columnCount(), "column", "columns")
                + " (kai file show " + file.fileId() + ")");
        writeArtifact(last, FileTables.preview(file));
        return ExitCodes.OK;
    }
}
