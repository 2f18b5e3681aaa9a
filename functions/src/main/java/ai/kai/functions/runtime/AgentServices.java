package ai.kai.functions.runtime;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

import ai.kai.agent.AgentRuns;
import ai.kai.agent.AgentService;
import ai.kai.knowledge.KnowledgeBase;
import ai.kai.knowledge.KnowledgeBases;

/**
 * Constructor wiring of the agent functions on top of {@link Services} and {@link AnalyticsServices}: the model from
 * {@code KAI_LLM_*} (resolved on first use, so a missing one is a 409 on the natural-language routes only), the tools'
 * services, and the knowledge base when this build has one.
 */
public final class AgentServices {
    private static final Logger LOG = Logger.getLogger(AgentServices.class.getName());
    private static volatile AgentServices instance;

    private final Services services;
    private AgentService agent;
    private AgentRuns runs;

    private AgentServices(Services services) {
        this.services = services;
    }

    public static AgentServices get() {
        Services current = Services.get();
        AgentServices s = instance;
        if (s == null || s.services != current) {
            synchronized (AgentServices.class) {
                if (instance == null || instance.services != current) {
                    instance = new AgentServices(current);
                }
                s = instance;
            }
        }
        return s;
    }

    public String tenantClaim() {
        return services.tenantClaim();
    }

    public synchronized AgentService agent() {
        if (agent == null) {
            AnalyticsServices analytics = AnalyticsServices.get();
            agent = new AgentService(AgentService.configuredModel(), services.files(), services.fileQueries(),
                    new AgentService.Analytics(analytics.statistics(), analytics.forecasts(), analytics.anomalies()),
                    knowledge(), ConnectionServices::manager, Clock.systemUTC());
        }
        return agent;
    }

    public synchronized AgentRuns runs() {
        if (runs == null) {
            runs = new AgentRuns(agent(), services.metadata(), services.blobs(), Clock.systemUTC());
        }
        return runs;
    }

    private Optional<KnowledgeBase> knowledge() {
        try {
            return Optional.of(KnowledgeBases.create(services.metadata(), services.blobs()));
        } catch (UnsupportedOperationException notInThisBuild) {
            LOG.info("no knowledge base in this build: the agent runs without memory, skills and semantic layer");
            return Optional.empty();
        }
    }
}
