package ai.kai.cli.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai skill create FILE.md}: stores a playbook whose front matter names and describes it. */
@Command(name = "create", description = "Add a skill from a Markdown file with front matter (name, description, tags).")
public final class SkillCreateCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "FILE.md", description = "The skill file.")
    Path file;

    private String markdown;

    @Override
    protected void validate() {
        try {
            markdown = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read " + file + ": " + e.getMessage());
        }
    }

    @Override
    protected int run(ApiClient api) {
        JsonNode skill = emit(api.post("/skills", Map.of("markdown", markdown)));
        if (!json()) {
            terminal().println("created skill " + skill.path("name").asText() + ": " + skill.path("description").asText());
        }
        return ExitCodes.OK;
    }
}
