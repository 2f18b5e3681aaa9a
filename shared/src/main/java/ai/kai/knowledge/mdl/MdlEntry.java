package ai.kai.knowledge.mdl;

/**
 * One searchable piece of a stored layer: a {@code model}, {@code metric} or {@code relationship}, its id
 * ({@code source:model[.metric]}), a title and the text the agent reads (a metric's with its SQL).
 */
public record MdlEntry(String kind, String id, String title, String text) {
}
