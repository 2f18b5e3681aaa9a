package ai.kai.cli.visualize;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;

/** Saves what a presigned URL points at (an export, a figure) to a file, completely or not at all. */
final class Downloads {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private Downloads() {
    }

    static long save(String url, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        Path partial;
        try {
            partial = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw CliException.local("cannot write " + target + ": " + e.getMessage(), e);
        }
        try {
            HttpResponse<Path> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                throw new CliException(ExitCodes.SERVER_ERROR, "the download from storage failed: HTTP " + response.statusCode());
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(target);
        } catch (ConnectException e) {
            throw new CliException(ExitCodes.CANNOT_CONNECT, "cannot connect to storage for the download: " + e.getMessage(), e);
        } catch (IOException e) {
            throw CliException.local("cannot download to " + target + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.FAILURE, "the download was interrupted", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .part file is harmless
            }
        }
    }
}
