package ai.kai.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.analytics.Analysis;
import ai.kai.analytics.ForecastAnalysis;
import ai.kai.analytics.ForecastCall;
import ai.kai.json.Json;
import dev.langchain4j.agent.tool.ToolSpecification;

/** {@code forecast}: future values of a time series with prediction intervals (auto, ETS, ARIMA, Prophet-style). */
public final class ForecastTool implements AgentTool {
    private static final ToolSpecification SPEC = ToolSpecification.builder().name("forecast")
            .description("Forecast a time series: one row per period (aggregate with run_sql first), a date column "
                    + "and a numeric column. Returns predictions with intervals.")
            .parameters(AnalysisInput.schema()
                    .addStringProperty("date_column", "Column of dates or times")
                    .addStringProperty("value_column", "Numeric column to forecast")
                    .addIntegerProperty("periods", "How many future periods")
                    .addStringProperty("model", "auto (default), snaive, ets, arima or prophet")
                    .required("date_column", "value_column", "periods").build()).build();
    private final ForecastAnalysis forecasts;

    public ForecastTool(ForecastAnalysis forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public ToolSpecification specification() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(JsonNode arguments, ToolContext context) {
        Analysis analysis = forecasts.run(context.tenant(), ForecastCall.from(AnalysisInput.body(arguments, context)));
        JsonNode result = Json.mapper().valueToTree(analysis.result());
        return ToolOutcome.analysis("forecast of " + arguments.path("periods").asInt() + " period(s)", result,
                ToolResults.data(result, context.limits().bytesToModel()));
    }
}
