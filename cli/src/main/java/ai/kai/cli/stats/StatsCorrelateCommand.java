package ai.kai.cli.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.analytics.FileAnalysisCommand;
import ai.kai.cli.analytics.Numbers;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.output.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kai stats correlate --file F --columns a,b[,c…] [--method pearson|spearman|kendall]}: every pair. */
@Command(name = "correlate", description = {"Correlate two or more numeric columns, every pair with its p-value and interval.",
    "Example: kai stats correlate --file orders.csv --columns price,quantity,discount --method spearman"})
public final class StatsCorrelateCommand extends FileAnalysisCommand {
    static final List<String> METHODS = List.of("pearson", "spearman", "kendall");
    private static final int INTERPRETED_PAIRS = 10;

    @Option(names = "--columns", required = true, split = ",", paramLabel = "COL,COL[,COL…]",
            description = "Two or more numeric columns.")
    List<String> columns;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "pearson",
            description = "pearson (linear), spearman (rank) or kendall (tau-b); default ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--alpha", paramLabel = "A", description = "Significance level (default 0.05).")
    Double alpha;

    @Override
    protected void validate() {
        if (names(columns).size() < 2) {
            throw CliException.usage("--columns needs at least two columns, e.g. --columns price,quantity");
        }
        method = oneOf("--method", method, METHODS);
    }

    @Override
    protected int run(ApiClient api) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("test_type", "correlation");
        body.putAll(source(api));
        body.put("columns", names(columns));
        body.put("method", method);
        if (alpha != null) {
            body.put("alpha", alpha);
        }
        Answer answer = analyse(api, "statistics", body);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode p : answer.data().path("pairs")) {
            JsonNode ci = p.path("confidence_interval");
            rows.add(java.util.Arrays.asList(p.path("variable_x").asText(), p.path("variable_y").asText(),
                    p.path("n").asLong(), p.path("coefficient").asDouble(), Numbers.pValue(p.path("p_value")),
                    ci.isArray() && ci.get(0).isNumber() ? ci.get(0).asDouble() : null,
                    ci.isArray() && ci.get(1).isNumber() ? ci.get(1).asDouble() : null,
                    p.path("is_significant").asBoolean() ? "yes" : "no"));
        }
        show(answer, new Table(List.of("x", "y", "n", "coefficient", "p_value", "ci_lower", "ci_upper", "significant"),
                null, rows), answer.data().path("method").asText() + " correlation");
        if (rows.size() <= INTERPRETED_PAIRS) {
            answer.data().path("pairs").forEach(p -> say(p.path("interpretation").asText()));
        }
        return ExitCodes.OK;
    }
}
