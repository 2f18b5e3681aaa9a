package ai.kai.cli.knowledge;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai memory add FACT}: saves a fact (a near-identical one already saved is reused). */
@Command(name = "add", description = "Save a fact, e.g. kai memory add \"Our fiscal year starts in April\".")
public final class MemoryAddCommand extends ApiCommand {
    @Parameters(arity = "1..*", paramLabel = "FACT", description = "The fact (words are joined with spaces).")
    List<String> words;

    @Option(names = "--source", defaultValue = "user", description = "Who states it: user (default) or agent.")
    String source;

    @Override
    protected int run(ApiClient api) {
        JsonNode data = emit(api.post("/memory", Map.of("fact", String.join(" ", words), "source", source)));
        if (!json()) {
            JsonNode m = data.path("memory");
            terminal().println((data.path("duplicate").asBoolean() ? "already known as " : "saved ") + m.path("id").asText()
                    + ": " + m.path("fact").asText());
        }
        return ExitCodes.OK;
    }
}
