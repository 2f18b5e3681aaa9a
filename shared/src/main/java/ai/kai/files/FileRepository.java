package ai.kai.files;

import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.storage.ItemPage;
import ai.kai.storage.MetadataStore;
import ai.kai.storage.StoredItem;
import ai.kai.tenancy.TenantId;

/** File records in the metadata table ({@code SK = FILE#id}), with their optimistic-lock versions. */
public final class FileRepository {
    static final String PREFIX = "FILE#";
    private final MetadataStore store;

    public FileRepository(MetadataStore store) {
        this.store = store;
    }

    public record Versioned(FileRecord record, long version) {
    }

    public void create(TenantId tenant, FileRecord record) {
        if (!store.create(tenant, PREFIX + record.fileId(), Json.write(record))) {
            throw new KaiException(ErrorCode.FILE_ALREADY_EXISTS, "a file with id " + record.fileId() + " exists");
        }
    }

    public Optional<Versioned> find(TenantId tenant, String fileId) {
        return store.get(tenant, PREFIX + fileId).map(FileRepository::toVersioned);
    }

    public Versioned require(TenantId tenant, String fileId) {
        return find(tenant, fileId).orElseThrow(() -> new KaiException(ErrorCode.FILE_NOT_FOUND,
                "no file with id " + fileId + "; list your files with GET /api/v2/files or 'kai file list'"));
    }

    public boolean replace(TenantId tenant, FileRecord record, long expectedVersion) {
        return store.replace(tenant, PREFIX + record.fileId(), Json.write(record), expectedVersion);
    }

    public ItemPage page(TenantId tenant, int limit, Optional<String> cursor) {
        return store.query(tenant, PREFIX, limit, cursor, true);
    }

    public long count(TenantId tenant) {
        return store.count(tenant, PREFIX);
    }

    public boolean delete(TenantId tenant, String fileId) {
        return store.delete(tenant, PREFIX + fileId);
    }

    static FileRecord toRecord(StoredItem item) {
        return Json.read(item.document(), FileRecord.class);
    }

    private static Versioned toVersioned(StoredItem item) {
        return new Versioned(toRecord(item), item.version());
    }
}
