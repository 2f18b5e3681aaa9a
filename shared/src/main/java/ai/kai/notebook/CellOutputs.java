package ai.kai.notebook;

import java.nio.charset.StandardCharsets;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/** Whole cell outputs in object storage, under the tenant's notebook prefix; run records keep only previews. */
final class CellOutputs {
    private final BlobStore blobs;

    CellOutputs(BlobStore blobs) {
        this.blobs = blobs;
    }

    String put(TenantId tenant, NotebookRun run, String cellId, CellOutput output) {
        String key = NotebookKeys.cellOutput(tenant, run.notebookId(), run.runId(), cellId);
        blobs.put(key, Json.write(output).getBytes(StandardCharsets.UTF_8), "application/json");
        return key;
    }

    CellOutput get(String key) {
        byte[] bytes = blobs.read(key).orElseThrow(() -> new KaiException(ErrorCode.NOTEBOOK_RUN_NOT_FOUND,
                "a stored cell result is missing (" + key.substring(key.indexOf("/runs/") + 1) + ")"));
        return Json.read(new String(bytes, StandardCharsets.UTF_8), CellOutput.class);
    }
}
