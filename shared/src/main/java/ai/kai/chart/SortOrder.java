package ai.kai.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Order of the x categories/points: by x or by the (first) y value, ascending or descending. */
public enum SortOrder {
    NONE, X_ASC, X_DESC, Y_ASC, Y_DESC;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean byY() {
        return this == Y_ASC || this == Y_DESC;
    }

    public boolean descending() {
        return this == X_DESC || this == Y_DESC;
    }

    @JsonCreator
    public static SortOrder parse(String id) {
        if (id == null || id.isBlank()) {
            return NONE;
        }
        String key = id.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        switch (key) {
            case "X", "ASC" -> key = "X_ASC";
            case "Y" -> key = "Y_ASC";
            case "DESC" -> key = "Y_DESC";
            default -> { }
        }
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new KaiException(ErrorCode.INVALID_CHART_SPEC, "unknown sort '" + id + "'; use one of "
                    + Arrays.stream(values()).map(SortOrder::id).collect(Collectors.joining(", ")));
        }
    }
}
