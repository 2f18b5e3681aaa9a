package ai.kai.profile;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a column means, inferred from its type and its statistics by the rules of {@link SemanticTypes}:
 * a measurement, a small set of labels, a yes/no flag, a point in time, free text, an identifier, or a value
 * the profiler does not look into (lists, structs, maps, blobs, intervals).
 */
public enum SemanticType {
    NUMERIC, CATEGORICAL, BOOLEAN, DATETIME, TEXT, ID, OTHER;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}
