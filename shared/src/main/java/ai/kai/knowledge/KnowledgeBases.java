package ai.kai.knowledge;

import ai.kai.storage.BlobStore;
import ai.kai.storage.MetadataStore;

/** Builds the tenant knowledge base over the metadata table and object storage. Placeholder signature. */
public final class KnowledgeBases {
    private KnowledgeBases() {
    }

    public static KnowledgeBase create(MetadataStore metadata, BlobStore blobs) {
        throw new UnsupportedOperationException("the knowledge base arrives with feature/knowledge");
    }
}
