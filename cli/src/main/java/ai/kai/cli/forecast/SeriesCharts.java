package ai.kai.cli.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartService;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Table;
import ai.kai.json.Json;

/**
 * The pictures of {@code --chart}, drawn from the API's JSON and the observed series: a forecast (the history, the
 * forecast and its interval band) and anomalies (the series as a line, the flagged points as red markers).
 */
final class SeriesCharts {
    static final String ANOMALY_COLOUR = "#d62728";
    private static final ChartService CHARTS = new ChartService();

    private SeriesCharts() {
    }

    static ObjectNode forecast(SeriesHistory history, JsonNode forecast, String dateColumn, String valueColumn) {
        List<List<Object>> rows = new ArrayList<>();
        String lastX = null;
        Double lastValue = null;
        for (int i = 0; i < history.x().size(); i++) {
            if (history.x().get(i) != null && history.values().get(i) != null) {
                rows.add(Arrays.asList(history.x().get(i), history.values().get(i), null, null, null));
                lastX = history.x().get(i);
                lastValue = history.values().get(i);
            }
        }
        if (lastX != null) {
            rows.add(Arrays.asList(lastX, null, lastValue, lastValue, lastValue));
        }
        for (int i = 0; i < forecast.path("forecast_dates").size(); i++) {
            rows.add(Arrays.asList(forecast.path("forecast_dates").get(i).asText(),
                    null, forecast.path("forecast_values").get(i).asDouble(), forecast.path("lower_bound").get(i).asDouble(),
                    forecast.path("upper_bound").get(i).asDouble()));
        }
        String level = Math.round(forecast.path("confidence_level").asDouble(0.95) * 100) + "%";
        Table table = Table.fromRows(List.of(dateColumn, valueColumn, "forecast", "lower " + level, "upper " + level),
                List.of("TIMESTAMP", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE"), rows);
        ChartSpec spec = ChartSpec.of(ChartType.FORECAST).x(dateColumn).y(valueColumn, "forecast")
                .interval("lower " + level, "upper " + level)
                .title(valueColumn + ": " + forecast.path("model_name").asText() + " forecast, " + level + " interval")
                .xLabel(dateColumn).yLabel(valueColumn).build();
        return CHARTS.figure(spec, table);
    }

    static ObjectNode anomalies(SeriesHistory history, JsonNode result, String dateColumn, String valueColumn) {
        String x = dateColumn == null ? "index" : dateColumn;
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < history.x().size(); i++) {
            rows.add(Arrays.asList(dateColumn == null ? (Object) i : history.x().get(i), history.values().get(i)));
        }
        Table table = Table.fromRows(List.of(x, valueColumn), List.of(dateColumn == null ? "BIGINT" : "TIMESTAMP", "DOUBLE"), rows);
        JsonNode flagged = result.path("anomalies");
        ChartSpec spec = ChartSpec.of(ChartType.LINE).x(x).y(valueColumn)
                .title(valueColumn + ": " + flagged.size() + " anomal" + (flagged.size() == 1 ? "y" : "ies") + " ("
                        + result.path("method_selected").asText() + ")")
                .xLabel(x).yLabel(valueColumn).build();
        ObjectNode figure = CHARTS.figure(spec, table);
        ObjectNode marks = Json.mapper().createObjectNode();
        marks.put("type", "scatter").put("mode", "markers").put("name", "anomaly");
        ArrayNode xs = marks.putArray("x");
        ArrayNode ys = marks.putArray("y");
        for (JsonNode a : flagged) {
            int i = a.path("index").asInt();
            Object at = table.column(x).value(Math.min(i, table.rowCount() - 1));
            if (i < table.rowCount() && at != null && a.path("value").isNumber()) {
                xs.add(at instanceof Double d ? Json.mapper().getNodeFactory().numberNode(d)
                        : Json.mapper().getNodeFactory().textNode(at.toString()));
                ys.add(a.path("value").asDouble());
            }
        }
        marks.putObject("marker").put("color", ANOMALY_COLOUR).put("size", 10);
        figure.withArray("data").add(marks);
        return figure;
    }
}
