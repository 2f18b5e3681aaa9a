package ai.kai.notebook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a cell does. A closed set: the runner has one executor per type. */
public enum CellType {
    QUERY, VISUALIZATION, STATS, FORECAST, ANOMALIES, PROFILE, TEXT, CODE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CellType fromWire(String text) {
        return parse(text).orElse(null);
    }

    public static Optional<CellType> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(t -> t.wire().equals(text.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String wires() {
        return Arrays.stream(values()).map(CellType::wire).collect(Collectors.joining(", "));
    }

    /** Cells whose result is a table that later cells can read (chart source, analysis rows, code-cell table). */
    public boolean isTabular() {
        return this == QUERY || this == CODE;
    }
}
