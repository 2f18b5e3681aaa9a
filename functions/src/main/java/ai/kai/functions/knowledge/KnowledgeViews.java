package ai.kai.functions.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.functions.http.ApiRequest;
import ai.kai.knowledge.embed.Ranker;
import ai.kai.knowledge.skill.Skill;

/** Shared bits of the knowledge routes: search parameters, ranked views, and bodies sent as text or JSON. */
final class KnowledgeViews {
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 50;

    private KnowledgeViews() {
    }

    static String query(ApiRequest request) {
        return request.queryParameter("q").orElseThrow(() -> new KaiException(ErrorCode.MISSING_FIELD,
                "send the search text as ?q=..., e.g. ?q=fiscal%20year"));
    }

    static int limit(ApiRequest request) {
        int limit = request.intQueryParameter("limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new KaiException(ErrorCode.INVALID_PAGINATION, "'limit' must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    /** Each ranked item with its score beside it. */
    static <T> List<Map<String, Object>> ranked(List<Ranker.Scored<T>> scored, String field) {
        return scored.stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(field, s.item());
            row.put("score", Math.round(s.score() * 10_000) / 10_000.0);
            return row;
        }).toList();
    }

    /** A skill without its body, for lists. */
    static Map<String, Object> summary(Skill s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", s.name());
        row.put("description", s.description());
        row.put("tags", s.tags());
        row.put("built_in", s.builtIn());
        row.put("created_at", s.createdAt());
        return row;
    }

    /**
     * The document a route receives: the body as is (Markdown or YAML), or the named field of a JSON object body.
     */
    static String document(ApiRequest request, String jsonField) {
        if (request.isJson()) {
            var node = request.jsonBody().get(jsonField);
            if (node == null || !node.isTextual()) {
                throw new KaiException(ErrorCode.MISSING_FIELD, "send the document as the text field '" + jsonField
                        + "', or as the raw request body");
            }
            return node.asText();
        }
        return request.bodyText();
    }
}
