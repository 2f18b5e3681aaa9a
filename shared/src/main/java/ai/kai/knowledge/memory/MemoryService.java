package ai.kai.knowledge.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.FileIds;
import ai.kai.json.Json;
import ai.kai.knowledge.embed.Embedder;
import ai.kai.knowledge.embed.Ranker;
import ai.kai.knowledge.embed.TenantItems;
import ai.kai.knowledge.embed.Vectors;
import ai.kai.storage.MetadataStore;
import ai.kai.tenancy.TenantId;

/**
 * A tenant's memory: facts saved by the user or the agent ({@code PK=TENANT#t, SK=MEMORY#id}, the embedding in the
 * item), recalled by meaning. A fact that repeats one already saved is not stored twice.
 */
public final class MemoryService {
    static final String PREFIX = "MEMORY#";
    public static final int MAX_FACT_CHARS = 2_000;
    /** Recall reads every memory of the tenant (brute force); this keeps it to a few DynamoDB pages. */
    public static final int MAX_MEMORIES = 5_000;
    private static final Set<String> SOURCES = Set.of("user", "agent");
    private final MetadataStore store;
    private final Embedder embedder;
    private final Ranker ranker;
    private final Clock clock;

    public MemoryService(MetadataStore store, Embedder embedder, Ranker ranker, Clock clock) {
        this.store = store;
        this.embedder = embedder;
        this.ranker = ranker;
        this.clock = clock;
    }

    public Remembered remember(TenantId tenant, String fact, String source) {
        String text = fact == null ? "" : fact.strip();
        if (text.isEmpty()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "send the fact to remember as 'fact', e.g. {\"fact\": "
                    + "\"Our fiscal year starts in April\"}");
        }
        if (text.length() > MAX_FACT_CHARS) {
            throw new KaiException(ErrorCode.INVALID_MEMORY, "a fact is at most " + MAX_FACT_CHARS + " characters (got "
                    + text.length() + "); save one short statement per memory");
        }
        String who = source == null || source.isBlank() ? "user" : source.strip().toLowerCase(java.util.Locale.ROOT);
        if (!SOURCES.contains(who)) {
            throw new KaiException(ErrorCode.INVALID_MEMORY, "'source' is 'user' or 'agent' (got '" + source + "')");
        }
        float[] vector = embedder.embed(text);
        List<StoredMemory> all = stored(tenant);
        for (StoredMemory m : all) {
            if (NearDuplicates.same(text, m.fact(), Vectors.cosine(vector, Vectors.decode(m.vector())))) {
                return new Remembered(m.memory(), true);
            }
        }
        if (all.size() >= MAX_MEMORIES) {
            throw new KaiException(ErrorCode.MEMORY_LIMIT_REACHED, "this tenant keeps at most " + MAX_MEMORIES
                    + " memories; delete some first (kai memory list / kai memory delete ID)");
        }
        String id = "m_" + FileIds.next(clock).substring(2);
        StoredMemory item = new StoredMemory(id, text, who, Instant.now(clock).toString(), Vectors.encode(vector));
        if (!store.create(tenant, PREFIX + id, Json.write(item))) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "a memory id collided; save the fact again");
        }
        return new Remembered(item.memory(), false);
    }

    /** The memories closest to the query, best first, with their scores. */
    public List<Ranker.Scored<Memory>> search(TenantId tenant, String query, int limit) {
        String q = requireQuery(query);
        float[] vector = ranker.mode() == Ranker.Mode.KEYWORD ? null : embedder.embed(q);
        List<Ranker.Candidate<Memory>> candidates = stored(tenant).stream()
                .map(m -> new Ranker.Candidate<>(m.memory(), Vectors.decode(m.vector()), m.fact())).toList();
        return ranker.rank(q, vector, candidates, limit);
    }

    /** Every memory of the tenant, newest first. */
    public List<Memory> list(TenantId tenant) {
        return stored(tenant).stream().map(StoredMemory::memory).toList();
    }

    public void delete(TenantId tenant, String id) {
        if (id == null || !id.matches("m_[0-9a-z]{1,40}") || !store.delete(tenant, PREFIX + id)) {
            throw new KaiException(ErrorCode.MEMORY_NOT_FOUND, "no memory '" + id + "'; list them with GET /api/v2/memory");
        }
    }

    static String requireQuery(String query) {
        if (query == null || query.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "send the search text as 'q', e.g. ?q=fiscal%20year");
        }
        return query.strip();
    }

    private List<StoredMemory> stored(TenantId tenant) {
        return TenantItems.all(store, tenant, PREFIX, StoredMemory.class);
    }
}
