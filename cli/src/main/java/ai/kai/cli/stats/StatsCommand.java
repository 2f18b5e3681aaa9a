package ai.kai.cli.stats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kai stats}: descriptive statistics, hypothesis tests and correlations of a file's columns. */
@Command(name = "stats", description = "Statistics of a file: describe columns, test hypotheses, correlate.",
        subcommands = {StatsDescribeCommand.class, StatsTestCommand.class, StatsCorrelateCommand.class})
public final class StatsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a stats command: describe, test or correlate");
    }
}
