package ai.kai.cli.forecast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * {@code kai forecast detect --file F --value COL [--date COL]
 * [--method auto|zscore|robust_z|iqr|isolation_forest|seasonal] [--chart anomalies.png]}.
 */
@Command(name = "detect", description = {"Detect anomalies in a numeric column (a series when --date is given).",
    "Example: kai forecast detect --file sensor.csv --value reading --date time --method auto --chart a.png"})
public final class ForecastDetectCommand extends FileAnalysisCommand {
    static final List<String> METHODS = List.of("auto", "zscore", "robust_z", "iqr", "isolation_forest", "seasonal");

    @Option(names = "--value", required = true, paramLabel = "COL", description = "The numeric column to examine.")
    String value;

    @Option(names = "--date", paramLabel = "COL", description = "The column of dates or times, if the data is a series.")
    String date;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
            description = "auto, zscore, robust_z, iqr, isolation_forest or seasonal; default ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--threshold", paramLabel = "X", description = "The score to exceed (default: the method's own).")
    Double threshold;

    @Option(names = "--chart", paramLabel = "PATH",
            description = "Also draw the series with the anomalies marked to PATH (.png, .svg, .pdf or .html).")
    Path chart;

    @Override
    protected void validate() {
        method = oneOf("--method", method, METHODS);
        ChartFile.validate(chart);
    }

    @Override
    protected int run(ApiClient api) {
        if (chart != null) {
            requireFileFor("--chart");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.putAll(source(api));
        body.put("value_column", value);
        if (date != null) {
            body.put("date_column", date);
        }
        body.put("method", method);
        if (threshold != null) {
            body.put("threshold", threshold);
        }
        Answer answer = analyse(api, "anomalies", body);
        JsonNode r = answer.data();
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode a : r.path("anomalies")) {
            rows.add(Arrays.asList(a.path("index").asLong(), a.path("date").isNull() ? null : a.path("date").asText(),
                    number(a.path("value")), number(a.path("expected")), a.path("score").asDouble(), a.path("reason").asText()));
        }
        JsonNode summary = r.path("summary");
        say("method: " + r.path("method_selected").asText() + " (" + r.path("reason").asText() + ")");
        show(answer, new Table(List.of("index", "date", "value", "expected", "score", "reason"), null, rows),
                summary.path("flagged").asInt() + " of " + summary.path("points").asInt() + " points flagged; score: "
                        + summary.path("score_unit").asText() + ", threshold " + summary.path("threshold").asText());
        if (chart != null) {
            JsonNode metadata = answer.response().metadata();
            String dateColumn = date == null ? null : metadata.path("date_column").asText(date);
            String valueColumn = metadata.path("value_columns").path(0).asText(value);
            SeriesHistory history = SeriesHistory.load(api, fileId(api), dateColumn, valueColumn, false);
            ChartFile.write(chart, SeriesCharts.anomalies(history, r, dateColumn, valueColumn));
            terminal().info("wrote the chart to " + chart);
        }
        return ExitCodes.OK;
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }
}
