package ai.kai.knowledge;

import java.util.List;

import ai.kai.knowledge.memory.MemoryService;
import ai.kai.knowledge.memory.Remembered;
import ai.kai.knowledge.mdl.MdlService;
import ai.kai.knowledge.skill.SkillService;
import ai.kai.tenancy.TenantId;

/** The agent's view of the tenant's knowledge, over the memory, skill and semantic-layer services. */
final class DefaultKnowledgeBase implements KnowledgeBase {
    private final MemoryService memory;
    private final SkillService skills;
    private final MdlService mdl;

    DefaultKnowledgeBase(MemoryService memory, SkillService skills, MdlService mdl) {
        this.memory = memory;
        this.skills = skills;
        this.mdl = mdl;
    }

    @Override
    public List<KnowledgeHit> recall(TenantId tenant, String query, int limit) {
        return memory.search(tenant, query, limit).stream()
                .map(s -> new KnowledgeHit("memory", s.item().id(), s.item().fact(), s.item().fact(), s.score())).toList();
    }

    @Override
    public KnowledgeHit remember(TenantId tenant, String fact, String source) {
        Remembered r = memory.remember(tenant, fact, source);
        return new KnowledgeHit("memory", r.memory().id(), r.memory().fact(), r.memory().fact(), 1.0);
    }

    @Override
    public List<KnowledgeHit> searchSkills(TenantId tenant, String query, int limit) {
        return skills.search(tenant, query, limit).stream()
                .map(s -> new KnowledgeHit("skill", s.item().name(), s.item().description(), s.item().body(), s.score()))
                .toList();
    }

    @Override
    public List<KnowledgeHit> semanticLayer(TenantId tenant, String dataSource, String query, int limit) {
        return mdl.search(tenant, dataSource, query, limit).stream()
                .map(s -> new KnowledgeHit(s.item().kind(), s.item().id(), s.item().title(), s.item().text(), s.score()))
                .toList();
    }
}
