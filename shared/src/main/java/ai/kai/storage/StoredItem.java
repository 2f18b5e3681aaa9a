package ai.kai.storage;

/** One metadata item of a tenant: its sort key, its optimistic-lock version and its JSON document. */
public record StoredItem(String sortKey, long version, String document) {
}
