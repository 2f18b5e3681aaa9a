package ai.kai.cli.file;

import java.io.PrintWriter;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Formats;
import ai.kai.cli.output.Style;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.Cells;
import ai.kai.cli.output.TableRenderer;
import ai.kai.cli.output.Terminal;
import ai.kai.files.FileStatus;
import ai.kai.files.FileView;
import ai.kai.files.formats.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai file show FILE}: status (with the reason if ingest failed), schema and preview rows. */
@Command(name = "show", description = "Show a file: status, size, row count, columns and preview rows.")
public final class FileShowCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "A file_id or an uploaded name (the newest file of that name).")
    String file;

    @Override
    protected int run(ApiClient api) {
        String fileId = new FileResolver(api, note -> terminal().info("note: " + note)).resolve(file);
        ApiResponse response = api.getFile(fileId);
        emit(response);
        FileView view = response.data(FileView.class);
        if (!json()) {
            print(terminal(), view);
        }
        writeArtifact(response, FileTables.preview(view));
        return ExitCodes.OK;
    }

    /** The human view of a file; also used by {@code kai demo}. */
    public static void print(Terminal terminal, FileView f) {
        Style style = terminal.style();
        PrintWriter out = terminal.out();
        out.println(style.bold(Cells.text(f.name(), null)));
        field(out, style, "file_id", f.fileId());
        field(out, style, "status", FileTables.status(f), f.status() == FileStatus.READY ? style::green
                : f.status() == FileStatus.FAILED ? style::red : style::yellow);
        if (f.error() != null) {
            field(out, style, "error", f.error().code() + ": " + f.error().message());
        }
        field(out, style, "format", f.format());
        field(out, style, "size", Formats.bytes(f.sizeBytes()) + " (" + Formats.count(f.sizeBytes()) + " bytes)");
        if (f.rowCount() != null) {
            field(out, style, "rows", Formats.count(f.rowCount()));
        }
        if (f.columnCount() != null) {
            field(out, style, "columns", Formats.count(f.columnCount()));
        }
        field(out, style, "created", FileTables.shortTime(f.createdAt()));
        field(out, style, "updated", FileTables.shortTime(f.updatedAt()));
        report(out, style, f.ingestReport());
        TableRenderer renderer = new TableRenderer(terminal.width(), style);
        if (f.columns() != null && !f.columns().isEmpty()) {
            out.println();
            out.println(style.bold("Columns"));
            out.print(renderer.render(FileTables.columns(f), null));
        }
        Table preview = FileTables.preview(f);
        if (preview.size() > 0) {
            out.println();
            out.println(style.bold("Preview") + style.dim(" (first " + Formats.plural(preview.size(), "row", "rows") + ")"));
            out.print(renderer.render(preview, null));
        }
        out.flush();
    }

    /** How ingest read the file and what it could not load: the delimiter or sheet it chose, rejected rows, warnings. */
    private static void report(PrintWriter out, Style style, LoadReport report) {
        if (report == null) {
            return;
        }
        if (report.detected() != null && !report.detected().isEmpty()) {
            field(out, style, "read as", report.detected().entrySet().stream()
                    .map(e -> e.getKey() + " " + (e.getValue() instanceof String text ? "'" + text + "'" : e.getValue()))
                    .collect(Collectors.joining(", ")));
        }
        if (report.sheets() != null && report.sheets().size() > 1) {
            field(out, style, "sheets", String.join(", ", report.sheets()));
        }
        if (report.rejectedRows() > 0) {
            String example = report.rejectedSample() == null || report.rejectedSample().isEmpty() ? ""
                    : ", e.g. line " + report.rejectedSample().get(0).line() + ": " + report.rejectedSample().get(0).reason();
            field(out, style, "rejected", Formats.plural(report.rejectedRows(), "row", "rows") + example, style::yellow);
        }
        if (report.warnings() != null) {
            report.warnings().forEach(w -> field(out, style, "warning", w, style::yellow));
        }
    }

    private static void field(PrintWriter out, Style style, String name, String value) {
        field(out, style, name, value, UnaryOperator.identity());
    }

    /** One "name  value" line; the value is cleaned of control characters first, then coloured. */
    private static void field(PrintWriter out, Style style, String name, String value, UnaryOperator<String> colour) {
        if (value != null) {
            out.println("  " + style.dim(String.format("%-8s", name)) + "  " + colour.apply(Cells.text(value, null)));
        }
    }
}
