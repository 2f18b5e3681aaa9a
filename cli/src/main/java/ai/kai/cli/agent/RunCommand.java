package ai.kai.cli.agent;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai run QUESTION --file F [--chart TYPE] [--output PATH]}: one question to the agent, steps shown live. */
@Command(name = "run", description = {"Ask the analysis agent one question about a file; its steps (thinking, SQL, "
        + "results) are shown as they happen, then the answer.",
    "Example: kai run \"Show monthly revenue trend\" --file sales.csv --chart line --output revenue.html"})
public final class RunCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in plain language.")
    String question;

    @ArgGroup(exclusive = true, multiplicity = "1")
    AgentSourceOptions source;


    @Option(names = "--chart", paramLabel = "TYPE", description = "Ask for a chart of this type (line, bar, pie, …).")
    String chart;

    @Option(names = "--session", paramLabel = "ID", description = "Continue a session (a follow-up question).")
    String session;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900", description = "How long to wait (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    protected void validateOutput() {
        outputOptions.output().ifPresent(AnswerPrinter::validateOutput);
    }

    @Override
    protected void validate() {
        if (question.isBlank()) {
            throw CliException.usage("the question is empty");
        }
    }

    @Override
    protected int run(ApiClient api) {
        AnswerPrinter printer = new AnswerPrinter(terminal());
        AgentRunner runner = new AgentRunner(api, printer);
        AgentSourceOptions.Target on = source.resolve(api, terminal());
        ApiResponse done = runner.run(question, on.field(), on.value(), session, chart, Duration.ofSeconds(timeoutSeconds));
        emit(done);
        JsonNode task = done.data();
        AgentRunner.requireNotFailed(task);
        int code = json() ? (task.path("answer").path("stop_reason").asText().equals("ANSWERED") ? 0 : 1)
                : printer.answer(task.path("answer"));
        terminal().info("session " + task.path("session_id").asText() + " (follow up with --session)");
        outputOptions.output().ifPresent(path -> printer.write(path, task.path("answer"), done.body()));
        return code;
    }
}
