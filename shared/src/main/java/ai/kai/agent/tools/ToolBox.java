package ai.kai.agent.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.KaiException;
import ai.kai.json.Json;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

/**
 * The tools of a run by name, and the one place a model's tool call is executed: an unknown tool, arguments that
 * are not a JSON object or name a property the schema does not declare, and every refusal of a tool become an
 * error result for the model, never an exception that ends the run (except failures of KAI itself).
 */
public final class ToolBox {
    private static final Logger LOG = Logger.getLogger(ToolBox.class.getName());
    private final Map<String, AgentTool> tools = new LinkedHashMap<>();

    public ToolBox(List<AgentTool> tools) {
        tools.forEach(t -> this.tools.put(t.name(), t));
    }

    public List<ToolSpecification> specifications() {
        return tools.values().stream().map(AgentTool::specification).toList();
    }

    public ToolOutcome execute(ToolExecutionRequest call, ToolContext context) {
        AgentTool tool = tools.get(call.name());
        if (tool == null) {
            return ToolOutcome.failure("there is no tool named '" + call.name() + "'; the tools are " + tools.keySet());
        }
        JsonNode args;
        try {
            String text = call.arguments() == null || call.arguments().isBlank() ? "{}" : call.arguments();
            args = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return ToolOutcome.failure("the arguments of " + call.name() + " are not valid JSON: " + e.getOriginalMessage());
        }
        if (args == null || !args.isObject()) {
            return ToolOutcome.failure("the arguments of " + call.name() + " must be a JSON object");
        }
        try {
            JsonObjectSchema schema = tool.specification().parameters();
            Arguments.onlyKnown(args, schema == null ? java.util.Set.of() : schema.properties().keySet());
            return tool.run(args, context);
        } catch (KaiException e) {
            if (!e.isClientError()) {
                LOG.log(Level.WARNING, "tool " + call.name() + " failed: " + e.code(), e);
                return ToolOutcome.failure(call.name() + " failed inside KAI (" + e.code() + "); try another approach");
            }
            return ToolOutcome.failure(e.code() + ": " + e.getMessage());
        }
    }
}
