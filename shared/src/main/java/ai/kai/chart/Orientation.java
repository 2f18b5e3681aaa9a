package ai.kai.chart;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Bars (and box/violin) standing up or lying down; Plotly's {@code orientation} "v"/"h". */
public enum Orientation {
    VERTICAL("v"), HORIZONTAL("h");

    private final String plotly;

    Orientation(String plotly) {
        this.plotly = plotly;
    }

    public String plotly() {
        return plotly;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Orientation parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return switch (id.trim().toLowerCase(Locale.ROOT)) {
            case "v", "vertical" -> VERTICAL;
            case "h", "horizontal" -> HORIZONTAL;
            default -> throw new KaiException(ErrorCode.INVALID_CHART_SPEC,
                    "unknown orientation '" + id + "'; use vertical or horizontal");
        };
    }
}
