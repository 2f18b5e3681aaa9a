package ai.kai.knowledge;

import java.time.Clock;
import java.util.UUID;

import ai.kai.connect.DynamoLocal;
import ai.kai.knowledge.embed.MiniLmEmbedder;
import ai.kai.knowledge.embed.Ranker;
import ai.kai.knowledge.mdl.MdlService;
import ai.kai.knowledge.memory.MemoryService;
import ai.kai.knowledge.skill.SkillService;
import ai.kai.storage.MetadataStore;
import ai.kai.tenancy.TenantId;

/** The knowledge services on DynamoDB Local with the real embedding model; a fresh tenant per call. */
public final class KnowledgeFixture {
    private KnowledgeFixture() {
    }

    public static MetadataStore store() {
        return DynamoLocal.shared().store();
    }

    public static TenantId newTenant() {
        return TenantId.of("kn-" + UUID.randomUUID().toString().substring(0, 12));
    }

    public static MemoryService memory() {
        return new MemoryService(store(), MiniLmEmbedder.get(), new Ranker(KnowledgeBases.MODE), Clock.systemUTC());
    }

    public static SkillService skills() {
        return new SkillService(store(), MiniLmEmbedder.get(), new Ranker(KnowledgeBases.MODE), Clock.systemUTC());
    }

    public static MdlService mdl() {
        return new MdlService(store(), MiniLmEmbedder.get(), new Ranker(KnowledgeBases.MODE), Clock.systemUTC());
    }
}
