package ai.kai.functions.runtime;

import java.time.Clock;

import ai.kai.knowledge.KnowledgeBases;
import ai.kai.knowledge.embed.MiniLmEmbedder;
import ai.kai.knowledge.embed.Ranker;
import ai.kai.knowledge.mdl.MdlService;
import ai.kai.knowledge.memory.MemoryService;
import ai.kai.knowledge.skill.SkillService;

/**
 * Constructor wiring of the knowledge functions on top of {@link Services}: memory, skills and stored semantic layers
 * share the JVM's one embedding model ({@link MdlSourceServices} drafts and validates layers without it). Rebuilt when
 * {@link Services#reset()} gave a new {@code Services}.
 */
public final class KnowledgeServices {
    private static KnowledgeServices instance;
    private final Services services;
    private MemoryService memory;
    private SkillService skills;
    private MdlService mdl;

    private KnowledgeServices(Services services) {
        this.services = services;
    }

    public static synchronized KnowledgeServices get() {
        Services current = Services.get();
        if (instance == null || instance.services != current) {
            instance = new KnowledgeServices(current);
        }
        return instance;
    }

    /** Loads the embedding model and embeds one text: what SnapStart priming runs before the snapshot. */
    public static void warmUp() {
        MiniLmEmbedder.get().embed("priming the embedding model");
    }

    public synchronized MemoryService memory() {
        if (memory == null) {
            memory = new MemoryService(services.metadata(), MiniLmEmbedder.lazy(), new Ranker(KnowledgeBases.MODE),
                    Clock.systemUTC());
        }
        return memory;
    }

    public synchronized SkillService skills() {
        if (skills == null) {
            skills = new SkillService(services.metadata(), MiniLmEmbedder.lazy(), new Ranker(KnowledgeBases.MODE),
                    Clock.systemUTC());
        }
        return skills;
    }

    public synchronized MdlService mdl() {
        if (mdl == null) {
            mdl = new MdlService(services.metadata(), MiniLmEmbedder.lazy(), new Ranker(KnowledgeBases.MODE), Clock.systemUTC());
        }
        return mdl;
    }
}
