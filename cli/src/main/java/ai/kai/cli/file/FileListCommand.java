package ai.kai.cli.file;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.ResultWriter;
import ai.kai.cli.output.TableRenderer;
import ai.kai.files.FileView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kai file list}: the tenant's files, newest first, one page (or {@code --all}). */
@Command(name = "list", description = "List your files, newest first.")
public final class FileListCommand extends ApiCommand {
    @Option(names = "--page-size", paramLabel = "N", defaultValue = "50", description = "Files per page, 1-100 (default ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--cursor", paramLabel = "CURSOR", description = "Start at this page (the next_cursor of the previous one).")
    String cursor;

    @Option(names = "--all", description = "Follow the pages to the end (with --json: one response wrapper per line).")
    boolean all;

    @Override
    protected void validate() {
        if (pageSize < 1 || pageSize > 100) {
            throw CliException.usage("--page-size must be between 1 and 100");
        }
        if (all && outputOptions.output().map(ResultWriter::formatOf).orElse(null) == ResultWriter.Format.JSON) {
            throw CliException.usage("--output .json writes one response; use it without --all, or write .csv/.parquet");
        }
    }

    @Override
    protected int run(ApiClient api) {
        List<FileView> files = new ArrayList<>();
        ApiResponse response;
        String next = cursor;
        long total;
        do {
            response = api.listFiles(pageSize, next);
            emit(response);
            files.addAll(List.of(response.data(FileView[].class)));
            JsonNode metadata = response.metadata();
            total = metadata.path("total").asLong(files.size());
            JsonNode nextCursor = metadata.get("next_cursor");
            next = metadata.path("has_more").asBoolean(false) && nextCursor != null && !nextCursor.isNull()
                    ? nextCursor.asText() : null;
        } while (all && next != null);
        if (!json()) {
            print(files, total, next);
        }
        writeArtifact(response, FileTables.listing(files));
        return ExitCodes.OK;
    }

    private void print(List<FileView> files, long total, String next) {
        if (files.isEmpty()) {
            terminal().println("(no files; upload one with: kai file upload PATH)");
            return;
        }
        String footer = "(" + files.size() + " of " + total + (total == 1 ? " file" : " files") + ")";
        TableRenderer renderer = new TableRenderer(terminal().width(), terminal().style()).keepingWhole("file_id", "status", "size", "created (UTC)");
        terminal().out().print(renderer.render(FileTables.listingForPeople(files), footer));
        terminal().out().flush();
        if (next != null) {
            terminal().info("more: kai file list --cursor " + next + "   (or --all)");
        }
    }
}
