package ai.kai.knowledge.skill;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.knowledge.embed.Embedder;
import ai.kai.knowledge.embed.Ranker;
import ai.kai.knowledge.embed.TenantItems;
import ai.kai.knowledge.embed.Vectors;
import ai.kai.storage.MetadataStore;
import ai.kai.tenancy.TenantId;

/**
 * Skills: the built-in playbooks plus the tenant's own ({@code PK=TENANT#t, SK=SKILL#name}, the embedding in the
 * item), listed by name and searched by meaning.
 */
public final class SkillService {
    static final String PREFIX = "SKILL#";
    public static final int MAX_SKILLS = 500;
    private final MetadataStore store;
    private final Embedder embedder;
    private final Ranker ranker;
    private final Clock clock;

    public SkillService(MetadataStore store, Embedder embedder, Ranker ranker, Clock clock) {
        this.store = store;
        this.embedder = embedder;
        this.ranker = ranker;
        this.clock = clock;
    }

    /** Stores a skill from its Markdown file (front matter + body). */
    public Skill create(TenantId tenant, String markdown) {
        Skill parsed = SkillFiles.parse(markdown, false, Instant.now(clock).toString());
        if (builtIn(parsed.name()).isPresent()) {
            throw new KaiException(ErrorCode.SKILL_ALREADY_EXISTS, "'" + parsed.name()
                    + "' is a built-in skill; choose another name");
        }
        if (store.count(tenant, PREFIX) >= MAX_SKILLS) {
            throw new KaiException(ErrorCode.SKILL_LIMIT_REACHED, "this tenant keeps at most " + MAX_SKILLS
                    + " skills; delete one first");
        }
        StoredSkill item = new StoredSkill(parsed.name(), parsed.description(), parsed.tags(), parsed.body(),
                parsed.createdAt(), Vectors.encode(embedder.embed(parsed.searchText())));
        if (!store.create(tenant, PREFIX + parsed.name(), Json.write(item))) {
            throw new KaiException(ErrorCode.SKILL_ALREADY_EXISTS, "a skill named '" + parsed.name()
                    + "' already exists; delete it first (kai skill delete " + parsed.name() + ") or choose another name");
        }
        return parsed;
    }

    /** Built-ins first, then the tenant's skills, each group by name. */
    public List<Skill> list(TenantId tenant) {
        List<Skill> out = new ArrayList<>(BuiltInSkills.all(embedder).stream().map(BuiltInSkills.IndexedSkill::skill)
                .sorted(Comparator.comparing(Skill::name)).toList());
        out.addAll(own(tenant).stream().map(StoredSkill::skill).sorted(Comparator.comparing(Skill::name)).toList());
        return out;
    }

    public Skill get(TenantId tenant, String name) {
        String key = normalise(name);
        return builtIn(key).or(() -> store.get(tenant, PREFIX + key)
                        .map(item -> Json.read(item.document(), StoredSkill.class).skill()))
                .orElseThrow(() -> notFound(name));
    }

    public void delete(TenantId tenant, String name) {
        String key = normalise(name);
        if (builtIn(key).isPresent()) {
            throw new KaiException(ErrorCode.INVALID_SKILL, "'" + key + "' is a built-in skill and cannot be deleted");
        }
        if (!store.delete(tenant, PREFIX + key)) {
            throw notFound(name);
        }
    }

    /** Built-in and tenant skills closest to the query, best first. */
    public List<Ranker.Scored<Skill>> search(TenantId tenant, String query, int limit) {
        if (query == null || query.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "send the search text as 'q', e.g. ?q=cohort%20retention");
        }
        List<Ranker.Candidate<Skill>> candidates = new ArrayList<>();
        for (BuiltInSkills.IndexedSkill s : BuiltInSkills.all(embedder)) {
            candidates.add(new Ranker.Candidate<>(s.skill(), s.vector(), s.skill().searchText()));
        }
        for (StoredSkill s : own(tenant)) {
            Skill skill = s.skill();
            candidates.add(new Ranker.Candidate<>(skill, Vectors.decode(s.vector()), skill.searchText()));
        }
        float[] vector = ranker.mode() == Ranker.Mode.KEYWORD ? null : embedder.embed(query.strip());
        return ranker.rank(query.strip(), vector, candidates, limit);
    }

    private List<StoredSkill> own(TenantId tenant) {
        return TenantItems.all(store, tenant, PREFIX, StoredSkill.class);
    }

    private Optional<Skill> builtIn(String name) {
        return BuiltInSkills.all(embedder).stream().map(BuiltInSkills.IndexedSkill::skill)
                .filter(s -> s.name().equals(name)).findFirst();
    }

    private static String normalise(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!SkillFiles.NAME.matcher(key).matches()) {
            throw new KaiException(ErrorCode.SKILL_NOT_FOUND, "no skill '" + name + "'; names are lower-case words joined by '-'");
        }
        return key;
    }

    private static KaiException notFound(String name) {
        return new KaiException(ErrorCode.SKILL_NOT_FOUND, "no skill '" + name + "'; list them with kai skill list");
    }
}
