package ai.kai.notebook;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a cell of a run stands. */
public enum CellStatus {
    PENDING, RUNNING, SUCCESS, FAILED, SKIPPED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CellStatus fromWire(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
