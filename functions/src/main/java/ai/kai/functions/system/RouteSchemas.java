package ai.kai.functions.system;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Looks a function's schemas up in the schema class of its capability: the first class that knows the function
 * answers. A new capability adds its class to these lists.
 */
final class RouteSchemas {
    private static final List<Function<String, Map<String, Object>>> BODIES = List.of(
            VisualizationApiSchemas::requestBody, ConnectionApiSchemas::requestBody, NotebookApiSchemas::requestBody,
            AgentApiSchemas::requestBody, KnowledgeApiSchemas::requestBody);
    private static final List<Function<String, Map<String, Object>>> DATA = List.of(
            ConnectionApiSchemas::responseData, NotebookApiSchemas::responseData, AgentApiSchemas::responseData,
            KnowledgeApiSchemas::responseData);
    private static final List<Function<String, List<String>>> STATUSES = List.of(
            NotebookApiSchemas::successStatuses, AgentApiSchemas::successStatuses, KnowledgeApiSchemas::successStatuses);
    private static final List<Function<String, List<Map<String, Object>>>> QUERIES = List.of(
            NotebookApiSchemas::queryParameters, KnowledgeApiSchemas::queryParameters);

    private RouteSchemas() {
    }

    /** The request body (required flag and content), or null. */
    static Map<String, Object> requestBody(String function) {
        return first(BODIES, function);
    }

    /** The schema of {@code data} in the success answer, or null. */
    static Map<String, Object> responseData(String function) {
        return first(DATA, function);
    }

    /** The success statuses (the first is the usual one), or null when the capability does not say. */
    static List<String> successStatuses(String function) {
        return first(STATUSES, function);
    }

    /** The query parameters, none when the capability names none. */
    static List<Map<String, Object>> queryParameters(String function) {
        List<Map<String, Object>> found = first(QUERIES, function);
        return found == null ? List.of() : found;
    }

    private static <T> T first(List<Function<String, T>> lookups, String function) {
        return lookups.stream().map(l -> l.apply(function)).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
