package ai.kai.knowledge.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import ai.kai.json.Json;
import ai.kai.storage.ItemPage;
import ai.kai.storage.MetadataStore;
import ai.kai.tenancy.TenantId;

/** Reads every item of a tenant under one sort-key prefix, page by page, as records. */
public final class TenantItems {
    private static final int PAGE = 500;

    private TenantItems() {
    }

    public static <T> List<T> all(MetadataStore store, TenantId tenant, String prefix, Class<T> type) {
        return all(store, tenant, prefix, doc -> Json.read(doc, type));
    }

    public static <T> List<T> all(MetadataStore store, TenantId tenant, String prefix, Function<String, T> reader) {
        List<T> out = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            ItemPage page = store.query(tenant, prefix, PAGE, cursor, true);
            page.items().forEach(item -> out.add(reader.apply(item.document())));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return out;
    }
}
