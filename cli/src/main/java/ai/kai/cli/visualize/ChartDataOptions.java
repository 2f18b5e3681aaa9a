package ai.kai.cli.visualize;

import java.io.IOException;
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
import ai.kai.cli.connection.DbSource;
import ai.kai.cli.file.FileResolver;
import ai.kai.cli.file.FileUploader;
import ai.kai.cli.output.Terminal;
import ai.kai.files.FileStatus;
import ai.kai.files.FileView;
import picocli.CommandLine.Option;

/**
 * What to chart: {@code --file} (a local path is uploaded and ingested first; else a file_id or uploaded name), with
 * an optional {@code --sql} over it, {@code --data rows.json} sent inline, or {@code --db ALIAS} with {@code --sql}
 * or {@code --table}, a query on a connection.
 */
public final class ChartDataOptions {
    @Option(names = "--file", paramLabel = "PATH_OR_ID",
            description = "A local file (uploaded first), or a file_id or uploaded name.")
    String file;

    @Option(names = "--data", paramLabel = "ROWS.json",
            description = "Rows sent inline: a JSON array of objects (or {\"data\": [...]}).")
    Path data;

    @Option(names = "--sql", paramLabel = "SQL",
            description = "A read-only query over the --file (table 'data') or on the --db connection; its result is charted.")
    String sql;

    @Option(names = "--db", paramLabel = "ALIAS", description = "Chart the result of a query on this connection.")
    String db;

    @Option(names = "--table", paramLabel = "TABLE", description = "With --db: shorthand for --sql \"SELECT * FROM TABLE\".")
    String table;

    private JsonNode rows;

    /** Checks the combination and reads --data, before any request. */
    void validate() {
        if ((file != null ? 1 : 0) + (data != null ? 1 : 0) + (db != null ? 1 : 0) != 1) {
            throw CliException.usage("name the data with exactly one of --file PATH_OR_ID, --data ROWS.json or --db ALIAS");
        }
        if (db != null) {
            DbSource.fields(db, sql, table);
        } else if (table != null) {
            throw CliException.usage("--table names a table of a connection: add --db ALIAS");
        } else if (sql != null && file == null) {
            throw CliException.usage("--sql runs over a file or a connection: add --file or --db");
        }
        if (data != null) {
            try {
                JsonNode parsed = CliJson.readTree(Files.readString(data));
                rows = parsed != null && parsed.isObject() && parsed.has("data") ? parsed.get("data") : parsed;
            } catch (IOException e) {
                throw CliException.local("cannot read " + data + ": " + e.getMessage(), e);
            }
            if (rows == null || !rows.isArray()) {
                throw CliException.local(data + " must hold a JSON array of row objects, e.g. "
                        + "[{\"region\": \"North\", \"revenue\": 120}]", null);
            }
        }
    }

    /** The request fields naming the data: {@code data}, or {@code file_id} (+ {@code sql}). */
    Map<String, Object> source(ApiClient api, Terminal terminal) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (rows != null) {
            body.put("data", rows);
            return body;
        }
        if (db != null) {
            return DbSource.fields(db, sql, table);
        }
        body.put("file_id", fileId(api, terminal));
        if (sql != null) {
            body.put("sql", sql);
        }
        return body;
    }

    /** The data options that name what {@code body} charts, for a command line to suggest. */
    String describe(Map<String, Object> body) {
        if (data != null) {
            return "--data " + data;
        }
        if (db != null) {
            return "--db " + db + " --sql \"" + String.valueOf(body.get("sql")).replace("\"", "\\\"") + "\"";
        }
        String sqlPart = sql == null ? "" : " --sql \"" + sql.replace("\"", "\\\"") + "\"";
        return "--file " + body.get("file_id") + sqlPart;
    }

    private String fileId(ApiClient api, Terminal terminal) {
        Path local = Path.of(file);
        if (!Files.isRegularFile(local)) {
            return new FileResolver(api, note -> terminal.info("note: " + note)).resolve(file);
        }
        FileUploader uploader = new FileUploader(api, terminal);
        FileUploader.Uploaded uploaded = uploader.upload(local, local.getFileName().toString(), Map.of());
        if (!uploaded.response().success()) {
            throw uploaded.response().failure();
        }
        ApiResponse last = uploader.awaitIngest(uploaded.file(), Duration.ofMinutes(10));
        FileView view = last.data(FileView.class);
        if (view.status() == FileStatus.FAILED) {
            throw new CliException(ExitCodes.INGEST_FAILED, "ingest of " + FileResolver.describe(view) + " failed: "
                    + (view.error() == null ? "no reason stored" : view.error().code() + ": " + view.error().message()));
        }
        return view.fileId();
    }
}
