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
import ai.kai.cli.analytics.Numbers;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.output.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kai forecast predict --file F --date COL --value COL --periods N [--model auto|snaive|ets|arima|prophet]
 * [--level 95] [--chart forecast.png]}.
 */
@Command(name = "predict", description = {"Forecast a series the next N periods, with prediction intervals.",
    "Example: kai forecast predict --file passengers.csv --date month --value passengers --periods 12 --chart f.png"})
public final class ForecastPredictCommand extends FileAnalysisCommand {
    static final List<String> MODELS = List.of("auto", "snaive", "ets", "arima", "prophet");

    @Option(names = "--date", required = true, paramLabel = "COL", description = "The column of dates or times.")
    String date;

    @Option(names = "--value", required = true, paramLabel = "COL", description = "The numeric column to forecast.")
    String value;

    @Option(names = "--periods", required = true, paramLabel = "N", description = "How many periods to forecast.")
    int periods;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "auto",
            description = "auto (chosen by backtest), snaive, ets, arima or prophet; default ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--level", paramLabel = "PCT", defaultValue = "95",
            description = "Coverage of the prediction intervals in percent; default ${DEFAULT-VALUE}.")
    double level;

    @Option(names = "--frequency", paramLabel = "FREQ",
            description = "hourly, daily, weekly, monthly, quarterly or yearly (default: inferred from the dates).")
    String frequency;

    @Option(names = "--chart", paramLabel = "PATH",
            description = "Also draw the history, forecast and interval to PATH (.png, .svg, .pdf or .html).")
    Path chart;

    @Override
    protected void validate() {
        model = oneOf("--model", model, MODELS);
        ChartFile.validate(chart);
    }

    @Override
    protected int run(ApiClient api) {
        if (chart != null) {
            requireFileFor("--chart");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.putAll(source(api));
        body.put("date_column", date);
        body.put("value_column", value);
        body.put("periods", periods);
        body.put("model", model);
        body.put("level", level);
        if (frequency != null) {
            body.put("frequency", frequency);
        }
        Answer answer = analyse(api, "forecast", body);
        JsonNode f = answer.data();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < f.path("forecast_dates").size(); i++) {
            rows.add(Arrays.asList(f.path("forecast_dates").get(i).asText(), f.path("forecast_values").get(i).asDouble(),
                    f.path("lower_bound").get(i).asDouble(), f.path("upper_bound").get(i).asDouble()));
        }
        String pct = Numbers.of(f.path("confidence_level").asDouble() * 100) + "%";
        say(f.path("model_name").asText() + " (" + f.path("selection").asText() + ")");
        show(answer, new Table(List.of("date", "forecast", "lower " + pct, "upper " + pct), List.of("VARCHAR", "DOUBLE",
                "DOUBLE", "DOUBLE"), rows), metrics(f.path("metrics")));
        say(f.path("interpretation").path("summary").asText());
        f.path("interpretation").path("caveats").forEach(c -> say("! " + c.asText()));
        if (chart != null) {
            SeriesHistory history = SeriesHistory.load(api, fileId(api), date, value, true);
            ChartFile.write(chart, SeriesCharts.forecast(history, f, answer.response().metadata().path("date_column")
                    .asText(date), answer.response().metadata().path("value_column").asText(value)));
            terminal().info("wrote the chart to " + chart);
        }
        return ExitCodes.OK;
    }

    private static String metrics(JsonNode m) {
        if (!m.isObject()) {
            return "no backtest accuracy (history too short)";
        }
        return "backtest over " + m.path("origins").asInt() + " origins: MASE " + Numbers.of(m.path("mase"))
                + ", sMAPE " + Numbers.of(m.path("smape")) + ", MAE " + Numbers.of(m.path("mae")) + ", RMSE "
                + Numbers.of(m.path("rmse"));
    }
}
