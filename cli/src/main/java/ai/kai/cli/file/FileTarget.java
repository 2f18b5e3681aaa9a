package ai.kai.cli.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Terminal;
import ai.kai.files.FileStatus;
import ai.kai.files.FileView;

/**
 * Turns what the user named with {@code --file} into a file_id: a local path is uploaded (and ingested) first; else
 * a file_id or an uploaded name ({@link FileResolver}).
 */
public final class FileTarget {
    private FileTarget() {
    }

    public static String fileId(ApiClient api, Terminal terminal, String reference) {
        Path local = Path.of(reference);
        if (Files.isRegularFile(local)) {
            FileUploader uploader = new FileUploader(api, terminal);
            FileUploader.Uploaded uploaded = uploader.upload(local, local.getFileName().toString(), Map.of());
            if (!uploaded.response().success()) {
                throw uploaded.response().failure();
            }
            ApiResponse last = uploader.awaitIngest(uploaded.file(), Duration.ofMinutes(10));
            FileView file = last.data(FileView.class);
            if (file.status() == FileStatus.FAILED) {
                throw new CliException(ExitCodes.INGEST_FAILED, "ingest of " + FileResolver.describe(file) + " failed: "
                        + (file.error() == null ? "no reason stored" : file.error().code() + ": " + file.error().message()));
            }
            return file.fileId();
        }
        return new FileResolver(api, note -> terminal.info("note: " + note)).resolve(reference);
    }
}
