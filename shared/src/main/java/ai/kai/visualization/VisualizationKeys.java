package ai.kai.visualization;

import ai.kai.tenancy.TenantId;

/** Object keys of a visualization: {@code tenants/{tenant}/visualizations/{viz_id}/figure.json}, exports beside it. */
public final class VisualizationKeys {
    private VisualizationKeys() {
    }

    public static String prefix(TenantId tenant, String vizId) {
        return "tenants/" + tenant.value() + "/visualizations/" + vizId + "/";
    }

    public static String figure(TenantId tenant, String vizId) {
        return prefix(tenant, vizId) + "figure.json";
    }

    /** {@code export.png}, {@code export.svg}, {@code export.pdf}, {@code export.html}, {@code export-cdn.html}. */
    public static String export(TenantId tenant, String vizId, OutputFormat format) {
        return prefix(tenant, vizId) + format.fileName();
    }
}
