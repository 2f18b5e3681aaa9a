package ai.kai.chart;

import java.util.List;
import java.util.Optional;

import ai.kai.tenancy.TenantId;

/** Where a tenant's custom themes live. Built-in themes are never stored. */
public interface ThemeStore {
    /** Stores a new custom theme; THEME_ALREADY_EXISTS (409) if the tenant has one by that name. */
    void create(TenantId tenant, Theme theme);

    Optional<Theme> find(TenantId tenant, String name);

    /** The tenant's custom themes, by name. */
    List<Theme> list(TenantId tenant);

    /** Deletes the theme; false if there was none. */
    boolean delete(TenantId tenant, String name);
}
