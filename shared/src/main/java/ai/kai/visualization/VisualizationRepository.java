package ai.kai.visualization;

import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.storage.MetadataStore;
import ai.kai.tenancy.TenantId;

/** Visualization records in the metadata table: {@code PK=TENANT#t, SK=VIZ#id}. */
public final class VisualizationRepository {
    static final String PREFIX = "VIZ#";
    private final MetadataStore store;

    public VisualizationRepository(MetadataStore store) {
        this.store = store;
    }

    public void create(TenantId tenant, VisualizationRecord record) {
        if (!store.create(tenant, PREFIX + record.vizId(), Json.write(record))) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "a visualization with id " + record.vizId() + " exists");
        }
    }

    public Optional<VisualizationRecord> find(TenantId tenant, String vizId) {
        return store.get(tenant, PREFIX + vizId).map(item -> Json.read(item.document(), VisualizationRecord.class));
    }

    /** The record, or VISUALIZATION_NOT_FOUND (404): also what another tenant's id answers. */
    public VisualizationRecord require(TenantId tenant, String vizId) {
        if (!VisualizationIds.looksLikeId(vizId)) {
            throw notFound(vizId);
        }
        return find(tenant, vizId).orElseThrow(() -> notFound(vizId));
    }

    private static KaiException notFound(String vizId) {
        return new KaiException(ErrorCode.VISUALIZATION_NOT_FOUND, "no visualization with id " + vizId
                + "; create one with POST /api/v2/visualizations/generate");
    }
}
