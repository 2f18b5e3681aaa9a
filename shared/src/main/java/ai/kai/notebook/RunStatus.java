package ai.kai.notebook;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a run stands: queued, running, then success (every cell succeeded), failed, or skipped (never started). */
public enum RunStatus {
    QUEUED, RUNNING, SUCCESS, FAILED, SKIPPED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RunStatus fromWire(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    public boolean finished() {
        return this == SUCCESS || this == FAILED || this == SKIPPED;
    }
}
