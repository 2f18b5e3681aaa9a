package ai.kai.cli.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.TableRenderer;
import ai.kai.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kai file clean FILE [steps]}: a cleaned copy as a new file version; the file itself is never changed.
 * Steps come from {@code --operations} (JSON, in order) or from the shortcut options, which run in the order
 * trim, rename, drop columns, convert, fill, drop missing rows, deduplicate.
 */
@Command(name = "clean", description = {"Clean a file into a new version linked to it (the file itself is never changed).",
    "Example: kai file clean sales.csv --fill amount=median --fill region=constant:Unknown --convert day=date --dedupe"})
public final class FileCleanCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "A file_id or an uploaded name.")
    String file;

    @Option(names = "--operations", paramLabel = "JSON|@FILE",
            description = "The steps as a JSON list, or @path to a file holding it, e.g. '[{\"op\":\"deduplicate\"}]'.")
    String operations;

    @Option(names = "--trim", description = "Trim whitespace in every text column.")
    boolean trim;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "Rename a column (repeatable).")
    List<String> renames = new ArrayList<>();

    @Option(names = "--drop-columns", paramLabel = "COLS", split = ",", description = "Drop these columns.")
    List<String> dropColumns = new ArrayList<>();

    @Option(names = "--convert", paramLabel = "COL=TYPE[:FORMAT]",
            description = "Convert a column to number|integer|date|timestamp|boolean|text, e.g. day=date:%d.%m.%Y (repeatable).")
    List<String> converts = new ArrayList<>();

    @Option(names = "--fill", paramLabel = "COL=STRATEGY[:VALUE]",
            description = "Fill missing values: mean|median|mode|forward_fill|backward_fill|constant:VALUE (repeatable).")
    List<String> fills = new ArrayList<>();

    @Option(names = "--drop-missing", paramLabel = "COLS", arity = "0..1", split = ",", fallbackValue = "",
            description = "Drop rows with a missing value (in these columns, or in any).")
    List<String> dropMissing;

    @Option(names = "--dedupe", paramLabel = "COLS", arity = "0..1", split = ",", fallbackValue = "",
            description = "Remove duplicate rows (by these key columns, or whole rows).")
    List<String> dedupe;

    @Option(names = "--keep", paramLabel = "first|last", defaultValue = "first", description = "Which duplicate to keep.")
    String keep;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the new version (default: NAME-cleaned.EXT).")
    String name;

    private final List<Map<String, Object>> steps = new ArrayList<>();

    @Override
    protected void validate() {
        if (operations != null) {
            steps.addAll(parseOperations(operations));
        }
        if (trim) {
            steps.add(Map.of("op", "trim_whitespace"));
        }
        for (String r : renames) {
            String[] kv = pair(r, "--rename", "OLD=NEW");
            steps.add(Map.of("op", "rename_column", "from", kv[0], "to", kv[1]));
        }
        if (!dropColumns.isEmpty()) {
            steps.add(Map.of("op", "drop_columns", "columns", dropColumns));
        }
        for (String c : converts) {
            String[] kv = pair(c, "--convert", "COL=TYPE[:FORMAT]");
            Map<String, Object> step = new LinkedHashMap<>(Map.of("op", "convert_type", "column", kv[0]));
            int colon = kv[1].indexOf(':');
            step.put("to", colon < 0 ? kv[1] : kv[1].substring(0, colon));
            if (colon >= 0) {
                step.put("format", kv[1].substring(colon + 1));
            }
            steps.add(step);
        }
        for (String f : fills) {
            String[] kv = pair(f, "--fill", "COL=STRATEGY[:VALUE]");
            Map<String, Object> step = new LinkedHashMap<>(Map.of("op", "fill_missing", "columns", List.of(kv[0])));
            int colon = kv[1].indexOf(':');
            step.put("strategy", colon < 0 ? kv[1] : kv[1].substring(0, colon));
            if (colon >= 0) {
                step.put("value", kv[1].substring(colon + 1));
            }
            steps.add(step);
        }
        if (dropMissing != null) {
            steps.add(columnsStep("drop_missing_rows", dropMissing));
        }
        if (dedupe != null) {
            Map<String, Object> step = columnsStep("deduplicate", dedupe);
            step.put("keep", keep);
            steps.add(step);
        }
        if (steps.isEmpty()) {
            throw CliException.usage("say what to clean: --operations, --fill, --convert, --dedupe, --drop-missing, "
                    + "--drop-columns, --rename or --trim");
        }
    }

    @Override
    protected int run(ApiClient api) {
        String fileId = new FileResolver(api, note -> terminal().info("note: " + note)).resolve(file);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("operations", steps);
        if (name != null) {
            body.put("name", name);
        }
        ApiResponse response = api.post("/files/" + ApiClient.segment(fileId) + "/clean", body);
        JsonNode data = emit(response);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode op : data.path("operations")) {
            rows.add(List.of(op.path("op").asText(), op.path("rows_before").asLong(), op.path("rows_after").asLong(),
                    op.path("values_changed").asLong(), op.path("summary").asText()));
        }
        Table table = new Table(List.of("step", "rows_before", "rows_after", "changed", "what happened"),
                List.of("VARCHAR", "BIGINT", "BIGINT", "BIGINT", "VARCHAR"), rows);
        if (!json()) {
            terminal().out().print(new TableRenderer(terminal().width(), terminal().style()).render(table, ""));
            JsonNode version = data.path("file");
            terminal().out().println("new version " + version.path("file_id").asText() + " (\"" + version.path("name").asText()
                    + "\", " + version.path("row_count").asLong() + " rows) from " + fileId);
            terminal().out().flush();
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }

    private static Map<String, Object> columnsStep(String op, List<String> columns) {
        Map<String, Object> step = new LinkedHashMap<>(Map.of("op", op));
        List<String> named = columns.stream().filter(c -> !c.isBlank()).toList();
        if (!named.isEmpty()) {
            step.put("columns", named);
        }
        return step;
    }

    private static String[] pair(String value, String option, String shape) {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
            throw CliException.usage(option + " takes " + shape + " (got \"" + value + "\")");
        }
        return new String[] {value.substring(0, eq), value.substring(eq + 1)};
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parseOperations(String value) {
        String json = value;
        if (value.startsWith("@")) {
            try {
                json = Files.readString(Path.of(value.substring(1)));
            } catch (IOException e) {
                throw CliException.local("cannot read " + value.substring(1) + ": " + e.getMessage(), e);
            }
        }
        try {
            return Json.mapper().readValue(json, List.class);
        } catch (IOException e) {
            throw CliException.usage("--operations is not a JSON list of steps: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
