package ai.kai.cli.file;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.api.CliJson;
import ai.kai.cli.output.Formats;
import ai.kai.cli.output.ProgressBar;
import ai.kai.cli.output.Terminal;
import ai.kai.files.FileStatus;
import ai.kai.files.FileView;

/**
 * Uploads a local file as a person would through the API — inline up to {@link ApiClient#MAX_INLINE_BYTES},
 * otherwise through a presigned PUT streamed from disk with a progress bar — and waits for ingest to end.
 * Used by {@code kai file upload} and {@code kai demo}.
 */
public final class FileUploader {
    private static final long FIRST_POLL_MILLIS = 100;
    private static final long MAX_POLL_MILLIS = 1000;
    private final ApiClient api;
    private final Terminal terminal;

    public FileUploader(ApiClient api, Terminal terminal) {
        this.api = api;
        this.terminal = terminal;
    }

    /** What the upload request answered, and the file record it created (status pending). */
    public record Uploaded(FileView file, ApiResponse response, boolean presigned) {
    }

    /** A readable regular file, or the reason it is not one. */
    public static void requireReadable(Path path) {
        if (!Files.exists(path)) {
            throw new CliException(ExitCodes.FAILURE, "cannot read " + path + ": no such file");
        }
        if (!Files.isRegularFile(path)) {
            throw new CliException(ExitCodes.FAILURE, "cannot read " + path + ": not a regular file");
        }
        if (!Files.isReadable(path)) {
            throw new CliException(ExitCodes.FAILURE, "cannot read " + path + ": permission denied");
        }
    }

    /** Uploads with how to read the file ({@code sheet}, {@code delimiter}, …); an empty map lets ingest detect it. */
    public Uploaded upload(Path path, String name, Map<String, Object> options) {
        long size = size(path);
        return size <= ApiClient.MAX_INLINE_BYTES ? inline(path, name, size, options) : presigned(path, name, size, options);
    }

    private Uploaded inline(Path path, String name, long size, Map<String, Object> options) {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw CliException.local("cannot read " + path + ": " + e.getMessage(), e);
        }
        ProgressBar progress = ProgressBar.spinner(terminal, "uploading " + name + " (" + Formats.bytes(size) + ")");
        ApiResponse response;
        try {
            response = api.uploadInline(name, content, options);
        } finally {
            progress.done(null);
        }
        if (!response.success()) {
            return new Uploaded(null, response, false);
        }
        FileView file = response.data(FileView.class);
        terminal.info("uploaded " + name + " (" + Formats.bytes(size) + ") as " + file.fileId());
        return new Uploaded(file, response, false);
    }

    private Uploaded presigned(Path path, String name, long size, Map<String, Object> options) {
        ApiResponse response = api.requestPresignedUpload(name, size, options);
        if (!response.success()) {
            return new Uploaded(null, response, true);
        }
        JsonNode ticket = response.data();
        FileView file = CliJson.convert(ticket.get("file"), FileView.class);
        Map<String, String> headers = new LinkedHashMap<>();
        ticket.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        ProgressBar progress = ProgressBar.bytes(terminal, "uploading " + name, size);
        try {
            api.putObject(URI.create(ticket.path("upload_url").asText()), ticket.path("method").asText("PUT"), headers,
                    path, progress::update);
        } finally {
            progress.done(null);
        }
        terminal.info("uploaded " + name + " (" + Formats.bytes(size) + ") as " + file.fileId() + " in "
                + Formats.duration(progress.elapsedMillis()));
        return new Uploaded(file, response, true);
    }

    /**
     * Polls the file until ingest ends (status no longer pending) and answers the last response. Gives up with
     * {@link ExitCodes#WAIT_TIMEOUT} after {@code timeout}.
     */
    public ApiResponse awaitIngest(FileView file, Duration timeout) {
        String label = "ingesting " + FileResolver.describe(file);
        ProgressBar progress = ProgressBar.spinner(terminal, label);
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_POLL_MILLIS;
        try {
            while (true) {
                ApiResponse response = api.getFile(file.fileId());
                if (!response.success()) {
                    return response;
                }
                FileView current = response.data(FileView.class);
                if (current.status() != FileStatus.PENDING) {
                    progress.done(current.status() == FileStatus.READY
                            ? "ingested " + file.name() + " in " + Formats.duration(progress.elapsedMillis())
                            : null);
                    return response;
                }
                if (System.nanoTime() > deadline) {
                    throw new CliException(ExitCodes.WAIT_TIMEOUT, "ingest of " + FileResolver.describe(file)
                            + " did not finish within " + Formats.duration(timeout.toMillis())
                            + "; it is still pending (check later with: kai file show " + file.fileId() + ")");
                }
                sleep(progress, pause);
                pause = Math.min(MAX_POLL_MILLIS, pause * 2);
            }
        } finally {
            progress.done(null);
        }
    }

    private static void sleep(ProgressBar progress, long millis) {
        try {
            for (long slept = 0; slept < millis; slept += 100) {
                Thread.sleep(Math.min(100, millis - slept));
                progress.tick();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.FAILURE, "interrupted while waiting for ingest", e);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw CliException.local("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
