package ai.kai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import ai.kai.functions.runtime.Services;
import ai.kai.knowledge.KnowledgeBases;
import ai.kai.knowledge.embed.MiniLmEmbedder;
import ai.kai.knowledge.embed.Ranker;
import ai.kai.knowledge.mdl.MdlService;
import ai.kai.knowledge.memory.MemoryService;
import ai.kai.knowledge.skill.SkillService;
import ai.kai.storage.MetadataStore;
import ai.kai.tenancy.TenantId;

/**
 * Retrieval quality of memory, skills and the semantic layer on the labelled set in
 * {@code bench/src/main/resources/knowledge/labelled-set.yaml}: recall@3 per kind for keyword-only (BM25, the
 * baseline), semantic-only (MiniLM cosine) and hybrid ranking, all in one run over DynamoDB Local; plus the model's
 * load time and the embedding time per item. Prints Markdown (and writes it to the path given as the argument).
 */
public final class KnowledgeBenchmark {
    private static final int K = 3;

    private KnowledgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int exit = 0;
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit); // DynamoDB Local leaves a non-daemon thread behind
    }

    private static void run(String[] args) throws Exception {
        Map<String, Object> set = load();
        long loadStart = System.nanoTime();
        MiniLmEmbedder embedder = MiniLmEmbedder.get();
        embedder.embed("warm up");
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        Path work = Files.createTempDirectory("kai-knowledge-bench");
        StringBuilder md = new StringBuilder();
        try (BenchStack stack = BenchStack.start(work)) {
            MetadataStore store = Services.get().metadata();
            TenantId tenant = TenantId.of("bench-knowledge");
            Map<String, String> memoryIds = seed(store, tenant, embedder, set);
            Map<String, Object> queries = cast(set.get("queries"));
            md.append("## Knowledge retrieval (issue 8)\n\n");
            md.append(String.format(Locale.ROOT, "Labelled set: %d memory, %d skill and %d semantic-layer queries "
                    + "(`bench/src/main/resources/knowledge/labelled-set.yaml`); recall@%d = share of queries whose expected "
                    + "item is among the first %d.%n%n", list(queries.get("memory")).size(), list(queries.get("skill")).size(),
                    list(queries.get("mdl")).size(), K, K));
            md.append("| ranking | memory | skills | semantic layer | all |\n|---|---|---|---|---|\n");
            Map<Ranker.Mode, List<String>> misses = new LinkedHashMap<>();
            for (Ranker.Mode mode : Ranker.Mode.values()) {
                Ranker ranker = new Ranker(mode);
                MemoryService memory = new MemoryService(store, embedder, ranker, Clock.systemUTC());
                SkillService skills = new SkillService(store, embedder, ranker, Clock.systemUTC());
                MdlService mdl = new MdlService(store, embedder, ranker, Clock.systemUTC());
                List<String> missed = new ArrayList<>();
                int[] m = score(list(queries.get("memory")), q -> memory.search(tenant, q, K).stream()
                        .map(s -> key(memoryIds, s.item().id())).toList(), missed);
                int[] s = score(list(queries.get("skill")), q -> skills.search(tenant, q, K).stream()
                        .map(x -> x.item().name()).toList(), missed);
                int[] d = score(list(queries.get("mdl")), q -> mdl.search(tenant, null, q, K).stream()
                        .map(x -> x.item().title()).toList(), missed);
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", mode.name().toLowerCase(Locale.ROOT),
                        pct(m), pct(s), pct(d), pct(new int[] {m[0] + s[0] + d[0], m[1] + s[1] + d[1]})));
                misses.put(mode, missed);
            }
            Ranker.Mode used = KnowledgeBases.MODE;
            md.append("\nThe services rank by **").append(used.name().toLowerCase(Locale.ROOT)).append("**; it missed: ")
                    .append(misses.get(used).isEmpty() ? "none" : String.join("; ", misses.get(used))).append(".\n\n");
            long[] latency = searchLatency(store, tenant, embedder, queries);
            md.append(String.format(Locale.ROOT, "Search latency with that ranking (embed the query, read the tenant's "
                    + "items from DynamoDB Local, rank): median %.1f ms, max %.1f ms over %d queries.%n%n",
                    latency[0] / 1e6, latency[1] / 1e6, latency[2]));
            md.append(timings(embedder, loadMs, set, queries));
        }
        System.out.print(md);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), md.toString(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> seed(MetadataStore store, TenantId tenant, MiniLmEmbedder embedder, Map<String, Object> set) {
        MemoryService memory = new MemoryService(store, embedder, new Ranker(Ranker.Mode.HYBRID), Clock.systemUTC());
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Object> facts = cast(set.get("memories"));
        facts.forEach((key, fact) -> ids.put(memory.remember(tenant, fact.toString(), "user").memory().id(), key));
        SkillService skills = new SkillService(store, embedder, new Ranker(Ranker.Mode.HYBRID), Clock.systemUTC());
        list(set.get("skills")).forEach(md -> skills.create(tenant, md.toString()));
        new MdlService(store, embedder, new Ranker(Ranker.Mode.HYBRID), Clock.systemUTC())
                .put(tenant, "f_eval_sales", set.get("mdl").toString());
        return ids;
    }

    /** {median ns, max ns, count} of one search per query with the services' ranking. */
    private static long[] searchLatency(MetadataStore store, TenantId tenant, MiniLmEmbedder embedder, Map<String, Object> queries) {
        Ranker ranker = new Ranker(KnowledgeBases.MODE);
        MemoryService memory = new MemoryService(store, embedder, ranker, Clock.systemUTC());
        SkillService skills = new SkillService(store, embedder, ranker, Clock.systemUTC());
        MdlService mdl = new MdlService(store, embedder, ranker, Clock.systemUTC());
        List<Long> times = new ArrayList<>();
        for (String kind : List.of("memory", "skill", "mdl")) {
            for (Object o : list(queries.get(kind))) {
                String q = cast(o).get("q").toString();
                long start = System.nanoTime();
                switch (kind) {
                    case "memory" -> memory.search(tenant, q, K);
                    case "skill" -> skills.search(tenant, q, K);
                    default -> mdl.search(tenant, null, q, K);
                }
                times.add(System.nanoTime() - start);
            }
        }
        times.sort(Long::compare);
        return new long[] {times.get(times.size() / 2), times.get(times.size() - 1), times.size()};
    }

    /** {hits, queries}; each miss is noted as "query -> what came back". */
    private static int[] score(List<Object> queries, Function<String, List<String>> search, List<String> missed) {
        int hits = 0;
        for (Object o : queries) {
            Map<String, Object> q = cast(o);
            List<String> top = search.apply(q.get("q").toString());
            List<Object> expect = list(q.get("expect"));
            if (top.stream().anyMatch(expect::contains)) {
                hits++;
            } else {
                missed.add("\"" + q.get("q") + "\" → " + top);
            }
        }
        return new int[] {hits, queries.size()};
    }

    private static String timings(MiniLmEmbedder embedder, double loadMs, Map<String, Object> set,
                                  Map<String, Object> queries) {
        List<String> texts = new ArrayList<>();
        cast(set.get("memories")).values().forEach(v -> texts.add(v.toString()));
        list(set.get("skills")).forEach(v -> texts.add(v.toString()));
        queries.values().forEach(kind -> list(kind).forEach(q -> texts.add(cast(q).get("q").toString())));
        for (String t : texts) {
            embedder.embed(t);
        }
        int rounds = 5;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                embedder.embed(t);
            }
        }
        double perItem = (System.nanoTime() - start) / 1e6 / (rounds * texts.size());
        return String.format(Locale.ROOT, "Embedding (all-MiniLM-L6-v2 int8 on ONNX Runtime, in-process, %d threads "
                + "available): model load + first embedding %.0f ms in this JVM; %.2f ms per item (mean over %d texts of "
                + "the set × %d rounds, %s %s).%n", Runtime.getRuntime().availableProcessors(), loadMs, perItem,
                texts.size(), rounds, System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    private static String key(Map<String, String> ids, String id) {
        return ids.getOrDefault(id, id);
    }

    private static String pct(int[] r) {
        return String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100.0 * r[0] / r[1], r[0], r[1]);
    }

    private static Map<String, Object> load() throws IOException {
        try (InputStream in = KnowledgeBenchmark.class.getResourceAsStream("/knowledge/labelled-set.yaml")) {
            return cast(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> cast(Object o) {
        return (Map<String, T>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }
}
