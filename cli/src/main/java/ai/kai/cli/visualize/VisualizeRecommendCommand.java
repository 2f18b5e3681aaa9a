package ai.kai.cli.visualize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Table;
import ai.kai.cli.output.TableRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kai visualize recommend --file F [--intent trend]}: chart types ranked for the data and the intent, with the
 * reason and the generate options that draw each.
 */
@Command(name = "recommend", description = {"Rank chart types for a file, a query or rows, with reasons.",
    "Example: kai visualize recommend --file sales.csv --intent trend"})
public final class VisualizeRecommendCommand extends ApiCommand {
    @Mixin
    ChartDataOptions source;

    @Option(names = "--intent", paramLabel = "INTENT", description = "compare, trend, distribute, relate or compose.")
    String intent;

    @Override
    protected void validate() {
        source.validate();
    }

    @Override
    protected int run(ApiClient api) {
        Map<String, Object> body = new LinkedHashMap<>(source.source(api, terminal()));
        if (intent != null) {
            body.put("intent", intent);
        }
        ApiResponse response = api.post("/visualizations/recommend", body);
        JsonNode data = emit(response);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode r : data.path("recommendations")) {
            rows.add(List.of(r.path("rank").asInt(), r.path("chart_type").asText(), r.path("score").asDouble(),
                    r.path("reason").asText(), options(r.path("config"))));
        }
        Table table = new Table(List.of("rank", "type", "score", "reason", "generate with"),
                List.of("INTEGER", "VARCHAR", "DOUBLE", "VARCHAR", "VARCHAR"), rows);
        if (!json()) {
            Table shown = new Table(table.columns().subList(0, 4), table.types().subList(0, 4),
                    rows.stream().map(r -> r.subList(0, 4)).toList());
            terminal().out().print(new TableRenderer(terminal().width(), terminal().style())
                    .render(shown, "from " + data.path("rows_examined").asLong() + " rows"));
            terminal().out().flush();
            if (!rows.isEmpty()) {
                terminal().info("try: kai visualize generate " + source.describe(body) + " " + rows.get(0).get(4));
            }
        }
        writeArtifact(response, table);
        return ExitCodes.OK;
    }

    /** The spec as {@code kai visualize generate} options, e.g. {@code --type bar --x region --y revenue --agg sum}. */
    static String options(JsonNode spec) {
        StringBuilder s = new StringBuilder("--type ").append(spec.path("type").asText());
        for (String[] o : new String[][] {{"x", "--x"}, {"color", "--color"}, {"size", "--size"}, {"z", "--z"}}) {
            if (spec.hasNonNull(o[0])) {
                s.append(' ').append(o[1]).append(' ').append(spec.get(o[0]).asText());
            }
        }
        for (String list : new String[] {"y", "path"}) {
            List<String> names = new ArrayList<>();
            spec.path(list).forEach(n -> names.add(n.asText()));
            if (!names.isEmpty()) {
                s.append(" --").append(list).append(' ').append(String.join(",", names));
            }
        }
        for (String other : new String[] {"open", "high", "low", "close", "lower", "upper"}) {
            if (spec.hasNonNull(other)) {
                s.append(" --config ").append(other).append('=').append(spec.get(other).asText());
            }
        }
        String agg = spec.path("aggregation").asText("none");
        if (!agg.equals("none")) {
            s.append(" --agg ").append(agg);
        }
        return s.toString();
    }
}
