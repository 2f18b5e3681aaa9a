package ai.kai.agent.tools;

import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.analytics.Analysis;
import ai.kai.analytics.StatisticsAnalysis;
import ai.kai.analytics.StatisticsCall;
import ai.kai.analytics.StatisticsTestKind;
import ai.kai.json.Json;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

/** {@code statistics}: a statistical test, descriptive statistics or correlations (the analytics service's). */
public final class StatisticsTool implements AgentTool {
    private static final ToolSpecification SPEC = ToolSpecification.builder().name("statistics")
            .description("Run a statistical test (t tests, ANOVA, Tukey, Kruskal, chi-square, Fisher), descriptive "
                    + "statistics or correlations on the last SQL result or the whole file.")
            .parameters(AnalysisInput.schema()
                    .addEnumProperty("test_type", Arrays.stream(StatisticsTestKind.values()).map(StatisticsTestKind::wire).toList())
                    .addStringProperty("value_column", "Numeric column to compare")
                    .addStringProperty("group_column", "Column whose values form the groups")
                    .addProperty("columns", JsonArraySchema.builder().items(new JsonStringSchema())
                            .description("Columns for describe or correlation").build())
                    .addStringProperty("row_column", "chi_square/fisher: first categorical column")
                    .addStringProperty("column_column", "chi_square/fisher: second categorical column")
                    .addNumberProperty("alpha", "Significance level, default 0.05")
                    .required("test_type").build()).build();
    private final StatisticsAnalysis statistics;

    public StatisticsTool(StatisticsAnalysis statistics) {
        this.statistics = statistics;
    }

    @Override
    public ToolSpecification specification() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(JsonNode arguments, ToolContext context) {
        Analysis analysis = statistics.run(context.tenant(), StatisticsCall.from(AnalysisInput.body(arguments, context)));
        JsonNode result = Json.mapper().valueToTree(analysis.result());
        return ToolOutcome.analysis(arguments.path("test_type").asText() + " computed", result,
                ToolResults.data(result, context.limits().bytesToModel()));
    }
}
