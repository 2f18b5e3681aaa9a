package ai.kai.profile;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of finding the profiler reports; the thresholds are documented on {@link AlertRules}. */
public enum AlertType {
    HIGH_NULL_SHARE, CONSTANT, HIGH_CARDINALITY, SKEWED, OUTLIERS, MIXED_TYPES, POSSIBLE_ID, DATE_AS_TEXT,
    NUMBER_AS_TEXT, DUPLICATE_ROWS, HIGH_CORRELATION;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}
