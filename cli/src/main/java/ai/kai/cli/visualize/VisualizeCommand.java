package ai.kai.cli.visualize;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kai visualize}: charts of files, queries or rows, their themes and exports. */
@Command(name = "visualize", description = {"Charts: generate from a file, a query or rows; export; themes; recommendations.",
    "Example: kai visualize generate --file sales.csv --type bar --x region --y revenue --output chart.html"},
        subcommands = {VisualizeGenerateCommand.class, VisualizeExportCommand.class, VisualizeThemesCommand.class,
                VisualizeRecommendCommand.class})
public final class VisualizeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a visualize command: generate, export, themes or recommend");
    }
}
