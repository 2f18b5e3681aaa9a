package ai.kai.storage;

/** What object storage knows of one object. The ETag identifies its content version. */
public record BlobInfo(String key, long size, String etag) {
}
