package ai.kai.knowledge;

import java.util.List;

import ai.kai.tenancy.TenantId;

/**
 * What the agent may look up (and the one thing it may save): the tenant's memories, skills (Markdown playbooks)
 * and semantic layer (models, metrics, relationships). Searches are semantic (in-process embeddings), best first.
 */
public interface KnowledgeBase {
    List<KnowledgeHit> recall(TenantId tenant, String query, int limit);

    /** Saves a fact for later recall; {@code source} says who saved it ({@code user} or {@code agent}). */
    KnowledgeHit remember(TenantId tenant, String fact, String source);

    List<KnowledgeHit> searchSkills(TenantId tenant, String query, int limit);

    /**
     * Semantic-layer entries (models, columns, metrics with their SQL expressions, relationships) relevant to the
     * question, limited to the data source ({@code file_id} or connection alias) when one is given.
     */
    List<KnowledgeHit> semanticLayer(TenantId tenant, String dataSource, String query, int limit);
}
