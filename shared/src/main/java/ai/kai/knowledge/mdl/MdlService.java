package ai.kai.knowledge.mdl;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.knowledge.embed.Embedder;
import ai.kai.knowledge.embed.Ranker;
import ai.kai.knowledge.embed.TenantItems;
import ai.kai.knowledge.embed.Vectors;
import ai.kai.storage.MetadataStore;
import ai.kai.storage.StoredItem;
import ai.kai.tenancy.TenantId;

/**
 * Stored semantic layers, one per data source ({@code PK=TENANT#t, SK=MDL#source}): the YAML as sent plus one
 * embedded entry per model, metric and relationship, searched by meaning for the agent.
 */
public final class MdlService {
    static final String PREFIX = "MDL#";
    public static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    /** Entries per layer: with int8 vectors this keeps the item well under DynamoDB's 400 KB. */
    public static final int MAX_ENTRIES = 300;
    private final MetadataStore store;
    private final Embedder embedder;
    private final Ranker ranker;
    private final Clock clock;

    public MdlService(MetadataStore store, Embedder embedder, Ranker ranker, Clock clock) {
        this.store = store;
        this.embedder = embedder;
        this.ranker = ranker;
        this.clock = clock;
    }

    /** Stores (or replaces) the layer of {@code source}; the YAML's own {@code source} must name the same one. */
    public MdlDocument put(TenantId tenant, String source, String yaml) {
        String key = requireSource(source);
        ParsedMdl parsed = MdlYaml.parse(yaml);
        if (!parsed.layer().source().equals(key)) {
            throw new KaiException(ErrorCode.INVALID_MDL, "line " + parsed.line("source") + ", source: the layer is for '"
                    + parsed.layer().source() + "' but was sent for '" + key + "'; make them the same");
        }
        List<MdlEntry> entries = MdlEntries.of(parsed.layer());
        if (entries.size() > MAX_ENTRIES) {
            throw new KaiException(ErrorCode.MDL_TOO_LARGE, "a layer holds at most " + MAX_ENTRIES
                    + " models, metrics and relationships (got " + entries.size() + "); split it");
        }
        List<StoredMdl.Entry> stored = new ArrayList<>();
        for (MdlEntry e : entries) {
            stored.add(new StoredMdl.Entry(e.kind(), e.id(), e.title(), e.text(),
                    Vectors.encode(embedder.embed(MdlEntries.embeddingText(e)))));
        }
        String now = Instant.now(clock).toString();
        String document = Json.write(new StoredMdl(key, yaml, now, stored));
        Optional<StoredItem> current = store.get(tenant, PREFIX + key);
        boolean written = current.isPresent()
                ? store.replace(tenant, PREFIX + key, document, current.get().version())
                : store.create(tenant, PREFIX + key, document);
        if (!written) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "the layer of '" + key + "' changed while it was stored; send it again");
        }
        return new MdlDocument(key, yaml, now, parsed.layer());
    }

    public MdlDocument get(TenantId tenant, String source) {
        StoredMdl mdl = stored(tenant, source);
        return new MdlDocument(mdl.source(), mdl.yaml(), mdl.updatedAt(), MdlYaml.parse(mdl.yaml()).layer());
    }

    /** The stored YAML of a source, read without the embedding model (for validation in the connectors' jar). */
    public static String storedYaml(MetadataStore store, TenantId tenant, String source) {
        return store.get(tenant, PREFIX + requireSource(source)).map(i -> Json.read(i.document(), StoredMdl.class).yaml())
                .orElseThrow(() -> notFound(source));
    }

    public List<String> sources(TenantId tenant) {
        return TenantItems.all(store, tenant, PREFIX, StoredMdl.class).stream().map(StoredMdl::source).sorted().toList();
    }

    public void delete(TenantId tenant, String source) {
        if (!store.delete(tenant, PREFIX + requireSource(source))) {
            throw notFound(source);
        }
    }

    /** The entries closest to the query, within one source or across all of the tenant's layers when it is null. */
    public List<Ranker.Scored<MdlEntry>> search(TenantId tenant, String source, String query, int limit) {
        if (query == null || query.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "send the question to look up in the semantic layer");
        }
        List<StoredMdl> layers = source == null || source.isBlank()
                ? TenantItems.all(store, tenant, PREFIX, StoredMdl.class)
                : store.get(tenant, PREFIX + requireSource(source)).map(i -> Json.read(i.document(), StoredMdl.class))
                        .map(List::of).orElse(List.of());
        List<Ranker.Candidate<MdlEntry>> candidates = new ArrayList<>();
        for (StoredMdl layer : layers) {
            for (StoredMdl.Entry e : layer.entries()) {
                MdlEntry entry = e.entry();
                candidates.add(new Ranker.Candidate<>(entry, Vectors.decode(e.vector()), MdlEntries.embeddingText(entry)));
            }
        }
        float[] vector = ranker.mode() == Ranker.Mode.KEYWORD ? null : embedder.embed(query.strip());
        return ranker.rank(query.strip(), vector, candidates, limit);
    }

    public static String requireSource(String source) {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "the data source is a file id or a connection alias "
                    + "(letters, digits, '.', '_' or '-'), got '" + source + "'");
        }
        return source;
    }

    private StoredMdl stored(TenantId tenant, String source) {
        return store.get(tenant, PREFIX + requireSource(source)).map(i -> Json.read(i.document(), StoredMdl.class))
                .orElseThrow(() -> notFound(source));
    }

    private static KaiException notFound(String source) {
        return new KaiException(ErrorCode.MDL_NOT_FOUND, "no semantic layer for '" + source + "'; draft one with "
                + "kai mdl generate and store it with kai mdl import");
    }
}
