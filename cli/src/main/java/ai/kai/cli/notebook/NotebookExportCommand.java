package ai.kai.cli.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kai notebook export NAME --format yaml|html|pdf [--run ID] [--output DIR]}: the notebook itself as YAML
 * (to stdout, or {@code DIR/NAME.yaml}), or a run's report (default the latest run) downloaded into DIR.
 */
@Command(name = "export", description = {"Export a notebook as YAML, or a run's report as HTML or PDF (default: the latest run).",
    "Example: kai notebook export monthly-review --format pdf --output ./reports/"})
public final class NotebookExportCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The notebook's name or id.")
    String name;

    @Option(names = "--format", required = true, paramLabel = "yaml|html|pdf", description = "yaml (the notebook), html or pdf (a run's report).")
    String format;

    @Option(names = "--run", paramLabel = "RUN_ID", description = "The run whose report to export (default: the latest).")
    String runId;

    @Override
    protected void validateOutput() {
        format = format.toLowerCase(Locale.ROOT);
        if (!format.equals("yaml") && !format.equals("html") && !format.equals("pdf")) {
            throw CliException.usage("--format is yaml, html or pdf; got '" + format + "'");
        }
        if (format.equals("yaml") && runId != null) {
            throw CliException.usage("--run applies to html and pdf reports, not to the notebook's yaml");
        }
        if (outputOptions.output().filter(Files::isRegularFile).isPresent()) {
            throw CliException.usage("--output names a directory here; " + outputOptions.output().get() + " is a file");
        }
    }

    @Override
    protected int run(ApiClient api) {
        Path dir = outputOptions.output().orElse(Path.of("."));
        if (format.equals("yaml")) {
            String yaml = api.getText("/notebooks/" + ApiClient.segment(name) + "?format=yaml");
            if (outputOptions.output().isEmpty()) {
                terminal().out().print(yaml);
                terminal().out().flush();
                return ExitCodes.OK;
            }
            Path target = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".yaml");
            try {
                Files.createDirectories(dir);
                Files.writeString(target, yaml, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CliException.local("cannot write " + target + ": " + e.getMessage(), e);
            }
            terminal().println(target.toAbsolutePath().toString());
            return ExitCodes.OK;
        }
        Path written = new ReportDownloader(api).download(name, runId, format, dir);
        terminal().println(written.toAbsolutePath().toString());
        return ExitCodes.OK;
    }
}
