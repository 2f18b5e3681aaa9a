package ai.kai.profile;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much an alert matters: {@code WARNING} usually needs a decision, {@code INFO} is worth knowing. */
public enum Severity {
    INFO, WARNING;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}
