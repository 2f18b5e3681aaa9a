package ai.kai.notebook;

import java.security.SecureRandom;
import java.time.Instant;

import ai.kai.tenancy.TenantId;

/** Ids, metadata keys and object keys of notebooks and their runs, all under the tenant's prefix. */
public final class NotebookKeys {
    static final String NOTEBOOK = "NOTEBOOK#";
    static final String NAME = "NOTEBOOK_NAME#";
    static final String RUN = "RUN#";
    private static final SecureRandom RANDOM = new SecureRandom();

    private NotebookKeys() {
    }

    static String newNotebookId() {
        return "nb_" + random(12);
    }

    /** Sortable by creation time (newest first in a descending query), unique by its random tail. */
    static String newRunId(Instant now) {
        String time = Long.toString(now.toEpochMilli(), 36);
        return "r_" + "0".repeat(Math.max(0, 9 - time.length())) + time + random(6);
    }

    static String runPrefix(String notebookId) {
        return RUN + notebookId + "#";
    }

    public static String prefix(TenantId tenant, String notebookId) {
        return "tenants/" + tenant.value() + "/notebooks/" + notebookId + "/";
    }

    static String cellOutput(TenantId tenant, String notebookId, String runId, String cellId) {
        return prefix(tenant, notebookId) + "runs/" + runId + "/cells/" + cellId + ".json";
    }

    static String report(TenantId tenant, String notebookId, String runId, String extension) {
        return prefix(tenant, notebookId) + "runs/" + runId + "/report." + extension;
    }

    private static String random(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return s.toString();
    }
}
