package ai.kai.storage;

import java.util.Optional;

import ai.kai.tenancy.TenantId;

/**
 * Port to the metadata table (DynamoDB single table, DESIGN D7). Every operation takes the tenant: there is
 * no way to address an item without it, so one tenant can never reach another's.
 */
public interface MetadataStore {
    /** Creates the item; false if one with that key already exists (conditional write). */
    boolean create(TenantId tenant, String sortKey, String document);

    Optional<StoredItem> get(TenantId tenant, String sortKey);

    /** Replaces the item if its version is still {@code expectedVersion}; false if someone else won. */
    boolean replace(TenantId tenant, String sortKey, String document, long expectedVersion);

    /** Items whose sort key starts with the prefix, newest key first when {@code descending}. */
    ItemPage query(TenantId tenant, String sortKeyPrefix, int limit, Optional<String> cursor, boolean descending);

    long count(TenantId tenant, String sortKeyPrefix);

    /** Deletes the item; false if it did not exist. */
    boolean delete(TenantId tenant, String sortKey);
}
