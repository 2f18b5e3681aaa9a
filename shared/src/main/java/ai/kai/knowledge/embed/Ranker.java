package ai.kai.knowledge.embed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brute-force ranking of a tenant's items against a query: the cosine of their embeddings, BM25 over their words
 * (statistics of the candidate set itself), or a blend of both. Brute force is exact and, at per-tenant scale
 * (a few thousand items), costs well under the metadata read that loads the candidates.
 */
public final class Ranker {
    /** How items are scored: by meaning, by shared words (the baseline), or both. */
    public enum Mode { SEMANTIC, KEYWORD, HYBRID }

    /** One item to rank: its payload, its stored vector and the text its keywords come from. */
    public record Candidate<T>(T item, float[] vector, String text) {
    }

    /** A ranked item and its score (higher is better). */
    public record Scored<T>(T item, double score) {
    }

    static final double SEMANTIC_WEIGHT = 0.75;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private final Mode mode;

    public Ranker(Mode mode) {
        this.mode = mode;
    }

    public Mode mode() {
        return mode;
    }

    /** The best {@code limit} candidates for the query, best first; {@code queryVector} may be null in KEYWORD mode. */
    public <T> List<Scored<T>> rank(String query, float[] queryVector, List<Candidate<T>> candidates, int limit) {
        double[] keyword = mode == Mode.SEMANTIC ? new double[candidates.size()] : bm25(query, candidates);
        double maxKeyword = 0;
        for (double k : keyword) {
            maxKeyword = Math.max(maxKeyword, k);
        }
        List<Scored<T>> scored = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate<T> c = candidates.get(i);
            double kw = maxKeyword == 0 ? 0 : keyword[i] / maxKeyword;
            double score = switch (mode) {
                case SEMANTIC -> Vectors.cosine(queryVector, c.vector());
                case KEYWORD -> kw;
                case HYBRID -> SEMANTIC_WEIGHT * Vectors.cosine(queryVector, c.vector()) + (1 - SEMANTIC_WEIGHT) * kw;
            };
            scored.add(new Scored<>(c.item(), score));
        }
        scored.sort(Comparator.comparingDouble((Scored<T> s) -> s.score()).reversed());
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    private static <T> double[] bm25(String query, List<Candidate<T>> candidates) {
        List<List<String>> docs = candidates.stream().map(c -> Words.of(c.text())).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        double totalLength = 0;
        for (List<String> d : docs) {
            totalLength += d.size();
            d.stream().distinct().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        double avgLength = docs.isEmpty() ? 1 : Math.max(1, totalLength / docs.size());
        List<String> terms = Words.of(query).stream().distinct().toList();
        double[] scores = new double[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            Map<String, Integer> tf = new HashMap<>();
            docs.get(i).forEach(w -> tf.merge(w, 1, Integer::sum));
            double s = 0;
            for (String t : terms) {
                int f = tf.getOrDefault(t, 0);
                if (f > 0) {
                    int df = documentFrequency.get(t);
                    double idf = Math.log(1 + (docs.size() - df + 0.5) / (df + 0.5));
                    s += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * docs.get(i).size() / avgLength));
                }
            }
            scores[i] = s;
        }
        return scores;
    }
}
