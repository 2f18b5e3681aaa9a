package ai.kai.chart;

import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.tenancy.TenantId;

/** Resolves a theme name for a tenant: a built-in first, then the tenant's custom themes. */
public final class ThemeCatalog {
    private final ThemeStore store;

    public ThemeCatalog(ThemeStore store) {
        this.store = store;
    }

    /** The theme, or THEME_NOT_FOUND naming the themes the tenant can use. */
    public Theme resolve(TenantId tenant, String name) {
        String wanted = name == null || name.isBlank() ? Theme.DEFAULT_NAME : name.trim();
        return Themes.builtIn(wanted).or(() -> store.find(tenant, wanted))
                .orElseThrow(() -> new KaiException(ErrorCode.THEME_NOT_FOUND, "theme '" + wanted
                        + "' does not exist; available: " + String.join(", ", names(tenant))));
    }

    /** Built-ins first, then the tenant's own. */
    public List<Theme> list(TenantId tenant) {
        List<Theme> all = new ArrayList<>(Themes.builtIns());
        all.addAll(store.list(tenant));
        return all;
    }

    public void create(TenantId tenant, Theme theme) {
        store.create(tenant, theme);
    }

    /** Deletes a custom theme; built-ins cannot be deleted, an unknown name is THEME_NOT_FOUND. */
    public void delete(TenantId tenant, String name) {
        if (Themes.builtIn(name).isPresent()) {
            throw new KaiException(ErrorCode.INVALID_THEME, "'" + name + "' is a built-in theme and cannot be deleted");
        }
        if (!store.delete(tenant, name)) {
            throw new KaiException(ErrorCode.THEME_NOT_FOUND, "theme '" + name + "' does not exist");
        }
    }

    private List<String> names(TenantId tenant) {
        return list(tenant).stream().map(Theme::name).toList();
    }
}
