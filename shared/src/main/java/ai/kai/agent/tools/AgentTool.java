package ai.kai.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;

import dev.langchain4j.agent.tool.ToolSpecification;

/**
 * A capability the model may call: its name, description and typed JSON schema (what the provider is told), and
 * what it does with the arguments in the caller's {@link ToolContext}. No tool writes data or reaches the network.
 */
public interface AgentTool {
    ToolSpecification specification();

    default String name() {
        return specification().name();
    }

    ToolOutcome run(JsonNode arguments, ToolContext context);
}
