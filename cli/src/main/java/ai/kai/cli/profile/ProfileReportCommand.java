package ai.kai.cli.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai profile report FILE}: writes the self-contained HTML report (opens offline in any browser). */
@Command(name = "report", description = {"Write a file's profile as a self-contained HTML report.",
    "Example: kai profile report sales.csv --output sales-profile.html"})
public final class ProfileReportCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "A local file to upload, or a file_id or uploaded name.")
    String file;

    @Override
    protected void validateOutput() {
        outputOptions.output().ifPresent(path -> {
            String name = path.getFileName().toString().toLowerCase();
            if (!name.endsWith(".html") && !name.endsWith(".htm")) {
                throw CliException.usage("--output must end in .html (got " + path + ")");
            }
        });
    }

    @Override
    protected int run(ApiClient api) {
        String fileId = ProfileTarget.fileId(api, terminal(), file);
        String html = api.getText("/files/" + ApiClient.segment(fileId) + "/profile?format=html");
        Path out = outputOptions.output().orElse(Path.of(Path.of(file).getFileName().toString().replaceAll("\\.[^.]*$", "")
                + "-profile.html"));
        try {
            Files.writeString(out, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.local("cannot write " + out + ": " + e.getMessage(), e);
        }
        terminal().out().println(out.toAbsolutePath());
        terminal().out().flush();
        terminal().info("open it in a browser: it needs no network");
        return ExitCodes.OK;
    }
}
