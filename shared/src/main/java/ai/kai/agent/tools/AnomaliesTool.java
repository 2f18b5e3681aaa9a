package ai.kai.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.analytics.Analysis;
import ai.kai.analytics.AnomalyAnalysis;
import ai.kai.analytics.AnomalyCall;
import ai.kai.json.Json;
import dev.langchain4j.agent.tool.ToolSpecification;

/** {@code anomalies}: unusual values of a numeric column (robust z-score, IQR, STL residuals, isolation forest). */
public final class AnomaliesTool implements AgentTool {
    private static final ToolSpecification SPEC = ToolSpecification.builder().name("anomalies")
            .description("Find anomalies in a numeric column of the last SQL result or the file, optionally over time.")
            .parameters(AnalysisInput.schema()
                    .addStringProperty("value_column", "Numeric column to examine")
                    .addStringProperty("date_column", "Optional column of dates for seasonal methods")
                    .addStringProperty("method", "Optional: zscore, iqr, stl, isolation_forest, …")
                    .required("value_column").build()).build();
    private final AnomalyAnalysis anomalies;

    public AnomaliesTool(AnomalyAnalysis anomalies) {
        this.anomalies = anomalies;
    }

    @Override
    public ToolSpecification specification() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(JsonNode arguments, ToolContext context) {
        Analysis analysis = anomalies.run(context.tenant(), AnomalyCall.from(AnalysisInput.body(arguments, context)));
        JsonNode result = Json.mapper().valueToTree(analysis.result());
        return ToolOutcome.analysis("anomalies in " + arguments.path("value_column").asText(), result,
                ToolResults.data(result, context.limits().bytesToModel()));
    }
}
