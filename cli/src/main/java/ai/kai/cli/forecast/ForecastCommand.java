package ai.kai.cli.forecast;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kai forecast}: forecasts of a time series and anomalies in it. */
@Command(name = "forecast", description = "Time series of a file: forecast the next periods, detect anomalies.",
        subcommands = {ForecastPredictCommand.class, ForecastDetectCommand.class})
public final class ForecastCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a forecast command: predict or detect");
    }
}
