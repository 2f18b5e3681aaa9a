package ai.kai.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.storage.ItemPage;
import ai.kai.storage.MetadataStore;
import ai.kai.storage.StoredItem;
import ai.kai.tenancy.TenantId;

/**
 * Notebooks ({@code NOTEBOOK#id}) and runs ({@code RUN#notebook#run}) of a tenant in the metadata table. A name is
 * unique per tenant through a conditional {@code NOTEBOOK_NAME#name} item, so notebooks are addressable by name.
 */
public final class NotebookRepository {
    private final MetadataStore store;

    public NotebookRepository(MetadataStore store) {
        this.store = store;
    }

    public record VersionedRun(NotebookRun run, long version) {
    }

    public void create(TenantId tenant, Notebook notebook) {
        claimName(tenant, notebook.name(), notebook.id());
        if (!store.create(tenant, NotebookKeys.NOTEBOOK + notebook.id(), Json.write(notebook))) {
            store.delete(tenant, nameKey(notebook.name()));
            throw new KaiException(ErrorCode.NOTEBOOK_EXISTS, "a notebook with id " + notebook.id() + " exists");
        }
    }

    public void replace(TenantId tenant, Notebook previous, Notebook next) {
        boolean renamed = !nameKey(previous.name()).equals(nameKey(next.name()));
        if (renamed) {
            claimName(tenant, next.name(), next.id());
        }
        StoredItem item = store.get(tenant, NotebookKeys.NOTEBOOK + next.id()).orElseThrow(() -> notFound(next.id()));
        if (!store.replace(tenant, NotebookKeys.NOTEBOOK + next.id(), Json.write(next), item.version())) {
            throw new KaiException(ErrorCode.NOTEBOOK_EXISTS, "notebook " + next.id() + " changed meanwhile; try again");
        }
        if (renamed) {
            store.delete(tenant, nameKey(previous.name()));
        }
    }

    public Optional<Notebook> find(TenantId tenant, String idOrName) {
        Optional<StoredItem> byId = store.get(tenant, NotebookKeys.NOTEBOOK + idOrName);
        if (byId.isPresent()) {
            return byId.map(i -> Json.read(i.document(), Notebook.class));
        }
        return store.get(tenant, nameKey(idOrName))
                .flatMap(i -> store.get(tenant, NotebookKeys.NOTEBOOK + Json.read(i.document(), NameClaim.class).notebookId()))
                .map(i -> Json.read(i.document(), Notebook.class));
    }

    public Notebook require(TenantId tenant, String idOrName) {
        return find(tenant, idOrName).orElseThrow(() -> notFound(idOrName));
    }

    public List<Notebook> list(TenantId tenant) {
        List<Notebook> out = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            ItemPage page = store.query(tenant, NotebookKeys.NOTEBOOK, 100, cursor, false);
            page.items().forEach(i -> out.add(Json.read(i.document(), Notebook.class)));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return out;
    }

    public void delete(TenantId tenant, Notebook notebook) {
        for (NotebookRun run : runs(tenant, notebook.id(), Integer.MAX_VALUE)) {
            store.delete(tenant, NotebookKeys.runPrefix(notebook.id()) + run.runId());
        }
        store.delete(tenant, NotebookKeys.NOTEBOOK + notebook.id());
        store.delete(tenant, nameKey(notebook.name()));
    }

    public void createRun(TenantId tenant, NotebookRun run) {
        if (!store.create(tenant, NotebookKeys.runPrefix(run.notebookId()) + run.runId(), Json.write(run))) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "run id " + run.runId() + " collided; try again");
        }
    }

    public Optional<VersionedRun> findRun(TenantId tenant, String notebookId, String runId) {
        return store.get(tenant, NotebookKeys.runPrefix(notebookId) + runId)
                .map(i -> new VersionedRun(Json.read(i.document(), NotebookRun.class), i.version()));
    }

    /** Replaces the run if nobody else changed it since {@code version}; answers the new version. */
    public long replaceRun(TenantId tenant, NotebookRun run, long version) {
        if (!store.replace(tenant, NotebookKeys.runPrefix(run.notebookId()) + run.runId(), Json.write(run), version)) {
            throw new KaiException(ErrorCode.NOTEBOOK_RUN_NOT_FINISHED, "run " + run.runId() + " was changed by another "
                    + "invocation; this one stops");
        }
        return version + 1;
    }

    /** The newest runs first. */
    public List<NotebookRun> runs(TenantId tenant, String notebookId, int limit) {
        List<NotebookRun> out = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            ItemPage page = store.query(tenant, NotebookKeys.runPrefix(notebookId), Math.min(100, limit - out.size()),
                    cursor, true);
            page.items().forEach(i -> out.add(Json.read(i.document(), NotebookRun.class)));
            cursor = page.nextCursor();
        } while (cursor.isPresent() && out.size() < limit);
        return out;
    }

    private void claimName(TenantId tenant, String name, String notebookId) {
        if (!store.create(tenant, nameKey(name), Json.write(new NameClaim(notebookId)))) {
            throw new KaiException(ErrorCode.NOTEBOOK_EXISTS, "a notebook named '" + name + "' exists; choose another "
                    + "name or update that one");
        }
    }

    private static String nameKey(String name) {
        return NotebookKeys.NAME + name.strip().toLowerCase(Locale.ROOT);
    }

    static KaiException notFound(String idOrName) {
        return new KaiException(ErrorCode.NOTEBOOK_NOT_FOUND, "no notebook '" + idOrName
                + "'; list them with GET /api/v2/notebooks or 'kai notebook list'");
    }

    record NameClaim(String notebookId) {
    }
}
