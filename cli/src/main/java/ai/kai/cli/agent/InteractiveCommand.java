package ai.kai.cli.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code kai interactive --file F | --db ALIAS}: a session of questions read line by line; each follows up the ones before it.
 * {@code :history} lists the questions, {@code :quit} (or end of input) leaves.
 */
@Command(name = "interactive", description = {"A session with the analysis agent: ask, then follow up; "
        + ":history lists your questions, :quit leaves.", "Example: kai interactive --file sales.csv", "         kai interactive --db warehouse"})
public final class InteractiveCommand extends ApiCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    AgentSourceOptions source;


    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900", description = "How long to wait per question.")
    long timeoutSeconds;

    @Override
    protected int run(ApiClient api) {
        AgentSourceOptions.Target on = source.resolve(api, terminal());
        AnswerPrinter printer = new AnswerPrinter(terminal());
        AgentRunner runner = new AgentRunner(api, printer);
        List<String> history = new ArrayList<>();
        String session = null;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int last = ExitCodes.OK;
        while (true) {
            terminal().err().print("kai> ");
            terminal().err().flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw CliException.local("cannot read the question: " + e.getMessage(), e);
            }
            if (line == null || line.strip().equals(":quit") || line.strip().equals(":q")) {
                return last;
            }
            String question = line.strip();
            if (question.isEmpty()) {
                continue;
            }
            if (question.equals(":history")) {
                for (int i = 0; i < history.size(); i++) {
                    terminal().out().println((i + 1) + ". " + history.get(i));
                }
                terminal().out().flush();
                continue;
            }
            history.add(question);
            try {
                ApiResponse done = runner.run(question, on.field(), on.value(), session, null, Duration.ofSeconds(timeoutSeconds));
                JsonNode task = done.data();
                session = task.path("session_id").asText(session);
                AgentRunner.requireNotFailed(task);
                last = printer.answer(task.path("answer"));
            } catch (CliException e) {
                terminal().info("error: " + e.getMessage());
                last = e.exitCode();
            }
        }
    }
}
