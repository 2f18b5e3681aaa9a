package ai.kai.knowledge.mdl;

/** A stored semantic layer as the API shows it: its source, the YAML, when it was stored, and the layer itself. */
public record MdlDocument(String source, String yaml, String updatedAt, SemanticLayer layer) {
}
