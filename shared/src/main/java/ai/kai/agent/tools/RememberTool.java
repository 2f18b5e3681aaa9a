package ai.kai.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.knowledge.KnowledgeBase;
import ai.kai.knowledge.KnowledgeHit;
import ai.kai.json.Json;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

/** {@code remember}: saves a short fact to the tenant's memory (the only thing the agent may save; never data). */
public final class RememberTool implements AgentTool {
    static final int MAX_FACT_CHARS = 500;
    private static final ToolSpecification SPEC = ToolSpecification.builder().name("remember")
            .description("Save a short fact worth recalling in later questions (a definition, a preference).")
            .parameters(JsonObjectSchema.builder().addStringProperty("fact", "The fact, one or two sentences")
                    .required("fact").additionalProperties(false).build()).build();

    @Override
    public ToolSpecification specification() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(JsonNode arguments, ToolContext context) {
        String fact = Arguments.requiredText(arguments, "fact");
        if (fact.length() > MAX_FACT_CHARS) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "a fact has at most " + MAX_FACT_CHARS + " characters");
        }
        KnowledgeBase kb = context.knowledge().orElseThrow(() -> new KaiException(ErrorCode.INVALID_REQUEST,
                "the knowledge base is not available in this deployment; continue without it"));
        KnowledgeHit saved = kb.remember(context.tenant(), fact, "agent");
        return ToolOutcome.data("remembered", Json.write(java.util.Map.of("saved", saved.id())));
    }
}
