package ai.kai.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartService;
import ai.kai.chart.ChartType;
import ai.kai.chart.Table;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.query.QueryResult;
import ai.kai.visualization.ChartRequests;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

/** {@code chart}: a Plotly figure of the last SQL result (drawn in memory; nothing is stored). */
public final class ChartTool implements AgentTool {
    private static final ToolSpecification SPEC = ToolSpecification.builder().name("chart")
            .description("Draw a chart of the last run_sql result. Types: " + ChartType.ids())
            .parameters(JsonObjectSchema.builder()
                    .addStringProperty("chart_type", "e.g. line, bar, pie, scatter")
                    .addStringProperty("x", "Column for the x axis (or labels)")
                    .addStringProperty("y", "Numeric column(s), comma-separated")
                    .addStringProperty("color", "Optional column that splits series")
                    .addStringProperty("title", "Chart title")
                    .required("chart_type", "x", "y").additionalProperties(false).build()).build();
    private final ChartService charts = new ChartService();

    @Override
    public ToolSpecification specification() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(JsonNode arguments, ToolContext context) {
        QueryResult last = context.lastResult().orElseThrow(() -> new KaiException(ErrorCode.CHART_EMPTY_DATA,
                "there is no SQL result to draw yet: call run_sql first"));
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("config", ((ObjectNode) arguments).deepCopy());
        ObjectNode figure = charts.figure(ChartRequests.spec(body), Table.fromRows(last.columns(), last.types(), last.rows()));
        String type = arguments.path("chart_type").asText();
        return ToolOutcome.chart(type + " chart drawn", figure,
                ToolResults.data(Json.mapper().createObjectNode().put("chart", type + " chart of " + last.rowCount()
                        + " rows drawn; it will be shown with the answer"), context.limits().bytesToModel()));
    }
}
