package ai.kai.knowledge.memory;

/** What {@code remember} did: the stored memory, or the existing one a near-identical fact was folded into. */
public record Remembered(Memory memory, boolean duplicate) {
}
