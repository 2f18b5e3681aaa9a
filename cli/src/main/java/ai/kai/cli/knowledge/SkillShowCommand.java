package ai.kai.cli.knowledge;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai skill show NAME}: the skill's Markdown file (front matter and body). */
@Command(name = "show", description = "Print a skill as its Markdown file.")
public final class SkillShowCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The skill's name.")
    String name;

    @Override
    protected int run(ApiClient api) {
        if (json()) {
            emit(api.get("/skills/" + ApiClient.segment(name)));
        } else {
            terminal().out().print(api.getText("/skills/" + ApiClient.segment(name) + "?format=markdown"));
            terminal().out().println();
            terminal().out().flush();
        }
        return ExitCodes.OK;
    }
}
