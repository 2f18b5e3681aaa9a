package ai.kai.cli.notebook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kai notebook}: parameterised analysis reports, run on demand or on a schedule. */
@Command(name = "notebook", description = "Notebooks: templates, create, import, list, show, run, runs, export, schedule, unschedule, delete.",
        subcommands = {NotebookTemplatesCommand.class, NotebookCreateCommand.class, NotebookImportCommand.class,
            NotebookListCommand.class, NotebookShowCommand.class, NotebookRunCommand.class, NotebookRunsCommand.class,
            NotebookExportCommand.class, NotebookScheduleCommand.class, NotebookUnscheduleCommand.class,
            NotebookDeleteCommand.class})
public final class NotebookCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a notebook command: templates, create, import, list, "
                + "show, run, runs, export, schedule, unschedule or delete");
    }
}
