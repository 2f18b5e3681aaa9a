package ai.kai.knowledge;

/**
 * One retrieved item: its kind ({@code memory}, {@code skill}, {@code model}, {@code metric}, {@code relationship}),
 * id, a title, the text given to the agent (for a metric: its description and SQL expression) and the similarity.
 */
public record KnowledgeHit(String kind, String id, String title, String text, double score) {
}
