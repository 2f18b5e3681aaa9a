package ai.kai.cli.profile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kai profile}: data profiles of files. */
@Command(name = "profile", description = "Profile a file: types, missing values, distributions, correlations, alerts.",
        subcommands = {ProfileRunCommand.class, ProfileReportCommand.class})
public final class ProfileCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a profile command: run or report");
    }
}
