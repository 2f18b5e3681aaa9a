package ai.kai.files;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a file is in its life: uploaded but not yet converted, queryable, or refused with a reason. */
public enum FileStatus {
    PENDING, READY, FAILED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}
