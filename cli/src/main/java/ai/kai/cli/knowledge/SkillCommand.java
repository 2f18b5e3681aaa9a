package ai.kai.cli.knowledge;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kai skill}: Markdown playbooks the agent follows, built-in and the tenant's own. */
@Command(name = "skill", description = "Skills (Markdown playbooks): create, list, search, show, delete.",
        subcommands = {SkillCreateCommand.class, SkillListCommand.class, SkillSearchCommand.class, SkillShowCommand.class,
            SkillDeleteCommand.class})
public final class SkillCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a skill command: create, list, search, show or delete");
    }
}
