package ai.kai.cli.stats;

import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * {@code kai stats test --file F --test welch|… --value COL --group COL [--groups A,B] [--alpha 0.05]}; chi_square
 * and fisher take {@code --row COL --column COL}. For two groups the difference is the first named group minus the
 * second.
 */
@Command(name = "test", description = {"Run a hypothesis test on a file's columns and explain the result.",
    "Example: kai stats test --file sales.csv --test welch --value revenue --group region --groups North,South",
    "         kai stats test --file survey.csv --test chi_square --row region --column answer"})
public final class StatsTestCommand extends FileAnalysisCommand {
    static final List<String> TESTS = List.of("welch", "student", "paired", "one_sample", "mann_whitney", "anova",
            "tukey", "kruskal", "chi_square", "fisher");

    @Option(names = "--test", required = true, paramLabel = "TEST",
            description = "welch, student, paired, one_sample, mann_whitney, anova, tukey, kruskal, chi_square or fisher.")
    String test;

    @Option(names = "--value", paramLabel = "COL", description = "The numeric column to compare.")
    String value;

    @Option(names = "--group", paramLabel = "COL", description = "The column whose values name the groups.")
    String group;

    @Option(names = "--groups", split = ",", paramLabel = "A,B",
            description = "The groups to compare, in this order (default: all, as they first appear).")
    List<String> groups;

    @Option(names = "--row", paramLabel = "COL", description = "chi_square, fisher: the first categorical column.")
    String row;

    @Option(names = "--column", paramLabel = "COL", description = "chi_square, fisher: the second categorical column.")
    String column;

    @Option(names = "--alpha", paramLabel = "A", description = "Significance level (default 0.05).")
    Double alpha;

    @Option(names = "--mu", paramLabel = "M", description = "one_sample: the hypothesised mean (default 0).")
    Double mu;

    @Option(names = "--alternative", paramLabel = "SIDE", description = "two-sided (default), less or greater.")
    String alternative;

    @Override
    protected void validate() {
        test = oneOf("--test", test, TESTS);
        if (test.equals("chi_square") || test.equals("fisher")) {
            if (row == null || column == null) {
                throw CliException.usage("--test " + test + " needs --row COL and --column COL");
            }
        } else if (value == null || group == null && !test.equals("one_sample")) {
            throw CliException.usage("--test " + test + " needs --value COL"
                    + (test.equals("one_sample") ? "" : " and --group COL"));
        }
    }

    @Override
    protected int run(ApiClient api) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("test_type", test);
        body.putAll(source(api));
        put(body, "value_column", value);
        put(body, "group_column", group);
        put(body, "row_column", row);
        put(body, "column_column", column);
        put(body, "alpha", alpha);
        put(body, "mu", mu);
        put(body, "alternative", alternative);
        if (!names(groups).isEmpty()) {
            body.put("groups", names(groups));
        }
        Answer answer = analyse(api, "statistics", body);
        JsonNode r = answer.data();
        if (r.has("comparisons")) {
            show(answer, comparisons(r), r.path("test_name").asText());
        } else {
            show(answer, measures(r), null);
        }
        say(r.path("interpretation").asText());
        r.path("details").path("warnings").forEach(w -> say("! " + w.asText()));
        return ExitCodes.OK;
    }

    static Table measures(JsonNode r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("test", r.path("test_name").asText()));
        rows.add(List.of("statistic", Numbers.of(r.path("statistic"))));
        if (r.path("degrees_of_freedom").isNumber()) {
            rows.add(List.of("degrees_of_freedom", Numbers.of(r.path("degrees_of_freedom"))));
        }
        rows.add(List.of("p_value", Numbers.pValue(r.path("p_value"))));
        JsonNode effect = r.path("effect_size");
        if (effect.isObject()) {
            rows.add(List.of("effect_size", effect.path("name").asText() + " = " + Numbers.of(effect.path("value"))));
        }
        if (r.path("confidence_interval").isArray()) {
            double level = r.path("details").path("confidence_level").asDouble(0.95);
            rows.add(List.of("confidence_interval", Numbers.interval(r.path("confidence_interval")) + " ("
                    + Numbers.of(level * 100) + "%)"));
        }
        rows.add(List.of("significant", (r.path("is_significant").asBoolean() ? "yes" : "no") + " at alpha "
                + Numbers.of(r.path("details").path("alpha"))));
        return new Table(List.of("measure", "value"), null, rows);
    }

    static Table comparisons(JsonNode r) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode c : r.path("comparisons")) {
            JsonNode ci = c.path("confidence_interval");
            rows.add(Arrays.asList(c.path("group_a").asText(), c.path("group_b").asText(), c.path("difference").asDouble(),
                    ci.get(0).asDouble(), ci.get(1).asDouble(), Numbers.pValue(c.path("p_value")),
                    c.path("is_significant").asBoolean() ? "yes" : "no"));
        }
        return new Table(List.of("group_a", "group_b", "difference", "ci_lower", "ci_upper", "p_adjusted", "significant"),
                null, rows);
    }

    private static void put(Map<String, Object> body, String field, Object v) {
        if (v != null) {
            body.put(field, v);
        }
    }
}
