package ai.kai.cli.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.chart.ChartHtml;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.output.ResultWriter;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.TableRenderer;
import ai.kai.cli.output.Terminal;

/**
 * How the agent commands show a run: each step as one line when it arrives (thinking, SQL, result, error), then the
 * answer (explanation, result table, SQL, unverified numbers), and {@code --output} as HTML (the chart, offline),
 * JSON (the answer) or CSV/Parquet (the result table).
 */
final class AnswerPrinter {
    private final Terminal terminal;

    AnswerPrinter(Terminal terminal) {
        this.terminal = terminal;
    }

    void step(JsonNode step) {
        String kind = step.path("kind").asText();
        String text = step.path("text").asText();
        String line = switch (kind) {
            case "THINKING" -> "… " + text;
            case "SQL" -> "SQL  " + text.replaceAll("\\s+", " ");
            case "RESULT" -> "  → " + text;
            case "ERROR" -> "  ✗ " + text;
            case "TOOL_CALL" -> "tool " + text + " " + step.path("detail");
            default -> null;
        };
        if (line != null) {
            terminal.info(line);
        }
    }

    /** Prints the answer; the exit code says whether the model answered (0) or the run stopped at a limit (1). */
    int answer(JsonNode answer) {
        terminal.out().println(answer.path("explanation").asText());
        JsonNode result = answer.path("result");
        if (result.isObject()) {
            terminal.out().print(new TableRenderer(terminal.width(), terminal.style()).render(table(result),
                    TableRenderer.footer(result.path("row_count").asLong(), result.path("execution_time_ms").asLong(),
                            result.path("truncated").asBoolean())));
        }
        JsonNode sql = answer.path("sql");
        if (!sql.isEmpty()) {
            terminal.out().println("SQL: " + sql.get(sql.size() - 1).asText());
        }
        if (!answer.path("unverified_numbers").isEmpty()) {
            terminal.info("note: these numbers in the explanation appear in no result: " + answer.path("unverified_numbers"));
        }
        terminal.out().flush();
        String stop = answer.path("stop_reason").asText();
        if (!"ANSWERED".equals(stop)) {
            terminal.info("the run stopped: " + stop + (answer.hasNonNull("stop_detail") ? " (" + answer.path("stop_detail").asText() + ")" : ""));
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    void write(Path path, JsonNode answer, String rawJson) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            if (!answer.path("chart").isObject()) {
                throw new CliException(ExitCodes.FAILURE, "the answer has no chart to write to " + path
                        + "; ask for one with --chart TYPE");
            }
            try {
                Files.writeString(path, ChartHtml.offline(answer.path("chart")), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CliException.local("cannot write " + path + ": " + e.getMessage(), e);
            }
        } else if (answer.path("result").isObject()) {
            ResultWriter.write(path, table(answer.path("result")), rawJson);
        } else {
            ResultWriter.write(path, new Table(List.of(), List.of(), List.of()), rawJson);
        }
        terminal.info("wrote " + path);
    }

    static void validateOutput(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            ResultWriter.formatOf(path);
        }
    }

    private static Table table(JsonNode result) {
        List<String> columns = new ArrayList<>();
        result.path("columns").forEach(c -> columns.add(c.asText()));
        List<String> types = new ArrayList<>();
        result.path("types").forEach(t -> types.add(t.asText()));
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode row : result.path("rows")) {
            List<Object> values = new ArrayList<>();
            row.forEach(v -> values.add(v.isNull() ? null : v.isNumber() ? v.numberValue() : v.asText()));
            rows.add(values);
        }
        return new Table(columns, types, rows);
    }
}
