package ai.kai.agent.tools;

import java.util.Optional;

import ai.kai.agent.AgentLimits;
import ai.kai.knowledge.KnowledgeBase;
import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;

/**
 * Everything a tool call may touch: the authenticated tenant, the run's one data source, the knowledge base when
 * deployed, the limits, and the last successful SQL result (what charts and analyses of "the result" use).
 */
public final class ToolContext {
    private final TenantId tenant;
    private final AgentData data;
    private final Optional<KnowledgeBase> knowledge;
    private final AgentLimits limits;
    private QueryResult lastResult;

    public ToolContext(TenantId tenant, AgentData data, Optional<KnowledgeBase> knowledge, AgentLimits limits) {
        this.tenant = tenant;
        this.data = data;
        this.knowledge = knowledge;
        this.limits = limits;
    }

    public TenantId tenant() {
        return tenant;
    }

    public AgentData data() {
        return data;
    }

    public Optional<KnowledgeBase> knowledge() {
        return knowledge;
    }

    public AgentLimits limits() {
        return limits;
    }

    public Optional<QueryResult> lastResult() {
        return Optional.ofNullable(lastResult);
    }

    public void recordResult(QueryResult result) {
        this.lastResult = result;
    }
}
