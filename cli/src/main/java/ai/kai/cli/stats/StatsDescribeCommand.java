package ai.kai.cli.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.analytics.FileAnalysisCommand;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.output.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kai stats describe --file F [--columns a,b] [--by g]}: n, mean, spread and quartiles, overall and by group. */
@Command(name = "describe", description = {"Describe numeric columns: n, mean, sd, quartiles, skewness; by group with --by.",
    "Example: kai stats describe --file sales.csv --columns revenue,units --by region"})
public final class StatsDescribeCommand extends FileAnalysisCommand {
    static final List<String> COLUMNS = List.of("variable", "group", "n", "mean", "std_dev", "min", "q1", "median",
            "q3", "max", "skewness", "kurtosis");

    @Option(names = "--columns", split = ",", paramLabel = "COL[,COL…]",
            description = "The columns to describe (default: every numeric column).")
    List<String> columns;

    @Option(names = "--by", paramLabel = "COL", description = "Describe each group of this column separately.")
    String by;

    @Override
    protected int run(ApiClient api) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("test_type", "describe");
        body.putAll(source(api));
        if (!names(columns).isEmpty()) {
            body.put("columns", names(columns));
        }
        if (by != null) {
            body.put("by", by);
        }
        Answer answer = analyse(api, "statistics", body);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode d : answer.data()) {
            for (JsonNode g : d.path("groups")) {
                rows.add(row(d.path("variable").asText(), g.path("group").asText(), g));
            }
            rows.add(row(d.path("variable").asText(), d.path("groups").isEmpty() ? "" : "(all)", d.path("overall")));
        }
        show(answer, new Table(COLUMNS, null, rows), by == null ? null : "by " + by);
        return ExitCodes.OK;
    }

    private static List<Object> row(String variable, String group, JsonNode g) {
        List<Object> row = new ArrayList<>(List.of(variable, group, g.path("n").asLong()));
        for (String field : List.of("mean", "std_dev", "min", "q1", "median", "q3", "max", "skewness", "kurtosis")) {
            JsonNode v = g.path(field);
            row.add(v.isNumber() ? v.asDouble() : null);
        }
        return row;
    }
}
