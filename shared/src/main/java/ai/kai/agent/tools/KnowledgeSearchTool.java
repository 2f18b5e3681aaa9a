package ai.kai.agent.tools;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.knowledge.KnowledgeBase;
import ai.kai.knowledge.KnowledgeHit;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

/**
 * The read-only knowledge lookups, each a tool of its own name: {@code recall_memory} (facts saved for the tenant),
 * {@code search_skills} (Markdown playbooks) and {@code semantic_layer} (models, metrics and relationships of the
 * run's data source). Hits are data for the model, marked like every tool result.
 */
public final class KnowledgeSearchTool implements AgentTool {
    static final int HITS = 3;

    private interface Search {
        List<KnowledgeHit> find(KnowledgeBase kb, ToolContext context, String query);
    }

    private final ToolSpecification spec;
    private final Search search;

    private KnowledgeSearchTool(String name, String description, Search search) {
        this.spec = ToolSpecification.builder().name(name).description(description)
                .parameters(JsonObjectSchema.builder().addStringProperty("query", "What to look for")
                        .required("query").additionalProperties(false).build()).build();
        this.search = search;
    }

    public static KnowledgeSearchTool recall() {
        return new KnowledgeSearchTool("recall_memory", "Recall facts saved earlier for this tenant (definitions, "
                + "preferences, past findings).", (kb, c, q) -> kb.recall(c.tenant(), q, HITS));
    }

    public static KnowledgeSearchTool skills() {
        return new KnowledgeSearchTool("search_skills", "Find analysis playbooks (skills) relevant to the question.",
                (kb, c, q) -> kb.searchSkills(c.tenant(), q, HITS));
    }

    public static KnowledgeSearchTool semanticLayer() {
        return new KnowledgeSearchTool("semantic_layer", "Look up defined metrics (with their SQL), column "
                + "descriptions and relationships of this data source; prefer defined metrics over raw columns.",
                (kb, c, q) -> kb.semanticLayer(c.tenant(), c.data().sourceId(), q, HITS));
    }

    @Override
    public ToolSpecification specification() {
        return spec;
    }

    @Override
    public ToolOutcome run(JsonNode arguments, ToolContext context) {
        String query = Arguments.requiredText(arguments, "query");
        KnowledgeBase kb = context.knowledge().orElseThrow(() -> new KaiException(ErrorCode.INVALID_REQUEST,
                "the knowledge base is not available in this deployment; continue without it"));
        List<KnowledgeHit> hits = search.find(kb, context, query);
        return ToolOutcome.data(hits.size() + " hit(s)", ToolResults.data(Json.mapper().valueToTree(hits),
                context.limits().bytesToModel()));
    }
}
