package ai.kai.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.storage.ItemPage;
import ai.kai.storage.MetadataStore;
import ai.kai.tenancy.TenantId;

/** Custom themes in the metadata table: {@code PK=TENANT#t, SK=THEME#name} (name lower-cased), JSON document. */
public final class MetadataThemeStore implements ThemeStore {
    static final String PREFIX = "THEME#";
    private static final int MAX_THEMES = 200;
    private final MetadataStore store;

    public MetadataThemeStore(MetadataStore store) {
        this.store = store;
    }

    @Override
    public void create(TenantId tenant, Theme theme) {
        if (theme.isBuiltIn()) {
            throw new KaiException(ErrorCode.THEME_ALREADY_EXISTS,
                    "'" + theme.name() + "' is a built-in theme; choose another name");
        }
        if (store.count(tenant, PREFIX) >= MAX_THEMES) {
            throw new KaiException(ErrorCode.INVALID_THEME, "a tenant keeps at most " + MAX_THEMES
                    + " custom themes; delete one first");
        }
        if (!store.create(tenant, key(theme.name()), Json.write(theme))) {
            throw new KaiException(ErrorCode.THEME_ALREADY_EXISTS, "a theme named '" + theme.name()
                    + "' already exists; delete it first or choose another name");
        }
    }

    @Override
    public Optional<Theme> find(TenantId tenant, String name) {
        return store.get(tenant, key(name)).map(item -> Json.read(item.document(), Theme.class));
    }

    @Override
    public List<Theme> list(TenantId tenant) {
        List<Theme> themes = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            ItemPage page = store.query(tenant, PREFIX, 100, cursor, false);
            page.items().forEach(item -> themes.add(Json.read(item.document(), Theme.class)));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        themes.sort(Comparator.comparing(Theme::name, String.CASE_INSENSITIVE_ORDER));
        return themes;
    }

    @Override
    public boolean delete(TenantId tenant, String name) {
        return store.delete(tenant, key(name));
    }

    private static String key(String name) {
        return PREFIX + name.toLowerCase(Locale.ROOT);
    }
}
