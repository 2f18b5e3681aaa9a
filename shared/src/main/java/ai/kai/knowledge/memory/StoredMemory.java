package ai.kai.knowledge.memory;

/** The item {@code MEMORY#id}: the memory and its embedding ({@link ai.kai.knowledge.embed.Vectors} form). */
record StoredMemory(String id, String fact, String source, String createdAt, String vector) {
    Memory memory() {
        return new Memory(id, fact, source, createdAt);
    }
}
