package ai.kai.cli.notebook;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;

/** Renders a run's report (html or pdf) through the API and downloads it from its presigned URL into a directory. */
public final class ReportDownloader {
    private final ApiClient api;

    public ReportDownloader(ApiClient api) {
        this.api = api;
    }

    /** The report of {@code runId}, or of the latest run when null, written to {@code dir/NAME-RUN.FORMAT}. */
    public Path download(String notebook, String runId, String format, Path dir) {
        String route = "/notebooks/" + ApiClient.segment(notebook);
        String run = runId != null ? runId : latestRun(route, notebook);
        JsonNode link = api.get(route + "/runs/" + ApiClient.segment(run) + "/report?format=" + format).data();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw CliException.local("cannot create " + dir + ": " + e.getMessage(), e);
        }
        Path target = dir.resolve(safe(notebook) + "-" + safe(run) + "." + format);
        api.download(URI.create(link.path("url").asText()), target);
        return target;
    }

    private String latestRun(String route, String notebook) {
        JsonNode runs = api.get(route + "/runs?limit=1").data();
        if (runs.isEmpty()) {
            throw new CliException(ExitCodes.CLIENT_ERROR, "notebook '" + notebook + "' has no runs yet; start one with: kai notebook run "
                    + notebook);
        }
        return runs.get(0).path("run_id").asText();
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
