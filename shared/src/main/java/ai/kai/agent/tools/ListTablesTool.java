package ai.kai.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.json.Json;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

/** {@code list_tables}: the tables of the run's data source with row counts and column names. */
public final class ListTablesTool implements AgentTool {
    private static final ToolSpecification SPEC = ToolSpecification.builder().name("list_tables")
            .description("List the tables of the data source this question is about, with row counts and columns.")
            .parameters(JsonObjectSchema.builder().additionalProperties(false).build()).build();

    @Override
    public ToolSpecification specification() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(JsonNode arguments, ToolContext context) {
        var tables = context.data().tables();
        return ToolOutcome.data(tables.size() + " table(s)",
                ToolResults.data(Json.mapper().valueToTree(tables), context.limits().bytesToModel()));
    }
}
