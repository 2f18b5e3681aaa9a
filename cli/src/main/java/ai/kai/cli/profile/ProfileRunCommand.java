package ai.kai.cli.profile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.connection.DbSource;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.TableRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kai profile run --file PATH_OR_ID}: a local path is uploaded first; prints the per-column profile and
 * the alerts; {@code --output profile.html} writes the offline HTML report ({@code .json}: the profile).
 * {@code --db ALIAS --sql "…"} (or {@code --table T}) profiles the result of a query on a connection instead.
 */
@Command(name = "run", description = {"Profile a file (a local path is uploaded first) or a query on a connection.",
    "Example: kai profile run --file sales.csv --output sales-profile.html",
    "Example: kai profile run --db warehouse --table orders"})
public final class ProfileRunCommand extends ApiCommand {
    @Option(names = "--file", paramLabel = "PATH_OR_ID",
            description = "A local file to upload, or a file_id or uploaded name.")
    String file;

    @Option(names = "--db", paramLabel = "ALIAS", description = "Profile the result of a query on this connection.")
    String db;

    @Option(names = "--sql", paramLabel = "SQL", description = "With --db: one read-only query, in the database's SQL.")
    String sql;

    @Option(names = "--table", paramLabel = "TABLE", description = "With --db: shorthand for --sql \"SELECT * FROM TABLE\".")
    String table;

    @Option(names = "--refresh", description = "Compute the profile again instead of using the one made at ingest.")
    boolean refresh;

    @Override
    protected void validateOutput() {
        outputOptions.output().ifPresent(path -> {
            String name = path.getFileName().toString().toLowerCase();
            if (!name.endsWith(".html") && !name.endsWith(".htm") && !name.endsWith(".json")) {
                throw CliException.usage("--output must end in .html (the report) or .json (the profile) (got " + path + ")");
            }
        });
    }

    @Override
    protected int run(ApiClient api) {
        if ((file == null) == (db == null && sql == null && table == null)) {
            throw CliException.usage("name the data with --file PATH_OR_ID or with --db ALIAS and --sql/--table, not both");
        }
        if (file == null) {
            return runOnConnection(api);
        }
        String fileId = ProfileTarget.fileId(api, terminal(), file);
        ApiResponse stored = refresh ? null : api.get("/files/" + ApiClient.segment(fileId) + "/profile");
        ApiResponse response = stored == null || "PROFILE_NOT_READY".equals(stored.errorCode()) ? fresh(api, fileId) : stored;
        JsonNode profile = emit(response);
        print(profile);
        outputOptions.output().ifPresent(path -> write(api, fileId, path, response.body()));
        return ExitCodes.OK;
    }

    private void print(JsonNode profile) {
        if (!json()) {
            terminal().out().print(new TableRenderer(terminal().width(), terminal().style())
                    .render(columns(profile), profile.path("row_count").asLong() + " rows × "
                            + profile.path("column_count").asInt() + " columns, " + profile.path("duplicate_rows").asLong()
                            + " duplicate rows"));
            for (JsonNode alert : profile.path("alerts")) {
                terminal().out().println("! " + alert.path("severity").asText() + " " + alert.path("type").asText() + ": "
                        + alert.path("message").asText());
            }
            terminal().out().flush();
        }
    }

    /** A fresh profile of the query's rows; the HTML report comes back in the same answer. */
    private int runOnConnection(ApiClient api) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(DbSource.fields(db, sql, table));
        boolean html = outputOptions.output().map(p -> !p.getFileName().toString().toLowerCase().endsWith(".json")).orElse(false);
        if (html) {
            body.put("format", "html");
        }
        ApiResponse response = api.post("/analytics/profile", body);
        JsonNode data = emit(response);
        print(html ? data.path("profile") : data);
        outputOptions.output().ifPresent(path -> save(path, html ? data.path("report_html").asText() : response.body(), html));
        return ExitCodes.OK;
    }

    private static ApiResponse fresh(ApiClient api, String fileId) {
        return api.post("/analytics/profile", Map.of("file_id", fileId));
    }

    private void write(ApiClient api, String fileId, Path path, String responseBody) {
        String name = path.getFileName().toString().toLowerCase();
        String content = name.endsWith(".json") ? responseBody
                : api.getText("/files/" + ApiClient.segment(fileId) + "/profile?format=html");
        save(path, content, !name.endsWith(".json"));
    }

    private void save(Path path, String content, boolean report) {
        try {
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw CliException.local("cannot write " + path + ": " + e.getMessage(), e);
        }
        terminal().info("wrote the profile " + (report ? "report " : "") + "to " + path);
    }

    static Table columns(JsonNode profile) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode c : profile.path("columns")) {
            JsonNode numeric = c.path("numeric");
            rows.add(List.of(c.path("name").asText(), c.path("semantic_type").asText(), c.path("data_type").asText(),
                    c.path("null_percent").asDouble(), c.path("distinct").path("value").asLong(),
                    text(c.path("min")), text(c.path("max")), numeric.isMissingNode() || numeric.isNull() ? "" : text(numeric.path("mean"))));
        }
        return new Table(List.of("column", "kind", "type", "null_%", "distinct", "min", "max", "mean"),
                List.of("VARCHAR", "VARCHAR", "VARCHAR", "DOUBLE", "BIGINT", "VARCHAR", "VARCHAR", "VARCHAR"), rows);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isDouble()) {
            double d = node.asDouble();
            return Math.abs(d) >= 1e6 || d == Math.rint(d) ? String.valueOf(d) : String.format("%.4g", d);
        }
        return node.asText();
    }
}
