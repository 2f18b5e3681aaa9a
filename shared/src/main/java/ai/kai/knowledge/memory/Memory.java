package ai.kai.knowledge.memory;

/** A fact saved for a tenant: its id, the text, who saved it ({@code user} or {@code agent}) and when (ISO-8601 UTC). */
public record Memory(String id, String fact, String source, String createdAt) {
}
