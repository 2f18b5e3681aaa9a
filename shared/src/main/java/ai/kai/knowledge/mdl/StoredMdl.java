package ai.kai.knowledge.mdl;

import java.util.List;

/** The item {@code MDL#source}: the YAML as sent, when it was stored, and its entries with their embeddings. */
record StoredMdl(String source, String yaml, String updatedAt, List<Entry> entries) {
    record Entry(String kind, String id, String title, String text, String vector) {
        MdlEntry entry() {
            return new MdlEntry(kind, id, title, text);
        }
    }
}
