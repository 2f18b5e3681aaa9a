package ai.kai.cli.notebook;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Formats;
import ai.kai.cli.output.Style;
import ai.kai.cli.output.Terminal;

/**
 * Starts a notebook run and polls it, printing one line per cell as the cell finishes (status and time), then a
 * summary line. Used by {@code kai notebook run} and {@code kai demo}.
 */
public final class RunWatcher {
    static final Duration POLL = Duration.ofMillis(300);
    private final ApiClient api;
    private final Terminal terminal;

    public RunWatcher(ApiClient api, Terminal terminal) {
        this.api = api;
        this.terminal = terminal;
    }

    /** Starts the run and watches it to the end: the finished run (status, parameters, cells). */
    public JsonNode run(String notebook, Map<String, String> parameters, Duration timeout) {
        String route = "/notebooks/" + ApiClient.segment(notebook);
        JsonNode started = api.post(route + "/run", Map.of("parameters", parameters)).data();
        String runId = started.path("run_id").asText();
        terminal.info("run " + runId + " of " + notebook + " started; " + started.path("cells").size() + " cells");
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> shown = new HashSet<>();
        while (true) {
            ApiResponse polled = api.get(route + "/runs/" + ApiClient.segment(runId));
            JsonNode run = polled.data();
            for (JsonNode cell : run.path("cells")) {
                if (finished(cell.path("status").asText()) && shown.add(cell.path("cell_id").asText())) {
                    terminal.println(cellLine(cell, terminal.style()));
                }
            }
            if (finished(run.path("status").asText())) {
                terminal.println(summary(run, terminal.style()));
                return run;
            }
            if (System.nanoTime() > deadline) {
                throw new CliException(ExitCodes.WAIT_TIMEOUT, "run " + runId + " is still running after " + timeout.toSeconds()
                        + " s; follow it with: kai notebook runs " + notebook);
            }
            sleep();
        }
    }

    static boolean finished(String status) {
        return status.equals("success") || status.equals("failed") || status.equals("skipped");
    }

    /** {@code ✓ monthly  Monthly revenue  success  120 ms}, with the error or skip reason when there is one. */
    static String cellLine(JsonNode cell, Style style) {
        String status = cell.path("status").asText();
        String mark = switch (status) {
            case "success" -> style.green("✓");
            case "failed" -> style.red("✗");
            default -> style.yellow("–");
        };
        String time = cell.path("duration_ms").isNumber() ? Formats.duration(cell.path("duration_ms").asLong()) : "-";
        String title = cell.path("title").asText("");
        StringBuilder line = new StringBuilder("  ").append(mark).append(' ').append(cell.path("cell_id").asText());
        if (!title.isBlank()) {
            line.append("  ").append(title);
        }
        line.append("  ").append(status).append("  ").append(time);
        if (cell.path("error").isObject()) {
            line.append("  ").append(cell.path("error").path("code").asText()).append(": ")
                    .append(cell.path("error").path("message").asText());
        } else if (cell.hasNonNull("skip_reason")) {
            line.append("  (").append(cell.path("skip_reason").asText()).append(')');
        }
        return line.toString();
    }

    private static String summary(JsonNode run, Style style) {
        long ok = 0;
        for (JsonNode c : run.path("cells")) {
            ok += c.path("status").asText().equals("success") ? 1 : 0;
        }
        String status = run.path("status").asText();
        String text = "run " + run.path("run_id").asText() + " " + status + ": " + ok + "/" + run.path("cells").size()
                + " cells succeeded";
        if (run.path("error").isObject()) {
            text += " (" + run.path("error").path("message").asText() + ")";
        } else if (run.hasNonNull("skip_reason")) {
            text += " (" + run.path("skip_reason").asText() + ")";
        }
        return status.equals("success") ? style.bold(text) : style.red(text);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.FAILURE, "interrupted");
        }
    }
}
